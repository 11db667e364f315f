import { expectTypeOf, test } from 'vitest';
import { defineProduct } from '../../src/define-product.js';
import type { PermissionOf, ProjectRoleOf } from '../../src/define-product.js';
import { integrate, monitor } from '../../src/products/index.js';

const base = {
  id: 'demo',
  name: 'Demo',
  portalPort: 3999,
  permissions: { 'things.view': 'View things', 'users.manage': 'Manage users' },
  projectPermissions: { 'project.members.manage': 'Manage members', 'project.view': 'View' },
  projectRoles: {
    owner: { label: 'Owner', assignable: true, permissions: ['project.members.manage', 'project.view'] },
    reader: { label: 'Reader', assignable: true, permissions: ['project.view'] },
  },
  userManagementPermission: 'users.manage',
  projectManagementPermission: 'users.manage',
  projectCreation: { permission: 'users.manage', restrictableToAdministrators: false },
  projectOwnerRole: 'owner',
  projectMembersPermission: 'project.members.manage',
  remoteAccessPermission: null,
  consumerScope: { kind: 'tenant' },
  apiKeyPolicy: { kind: 'by-role' },
  limitedMembers: null,
  lookup: { users: true, groups: true },
  projectNotifications: false,
  removingApplicationRoleRemovesFromTenant: true,
  legacy: null,
} as const;

const roles = {
  consumer: { label: 'Consumer', permissions: ['things.view'] },
  'project-creator': { label: 'Creator', permissions: ['things.view'] },
  administrator: { label: 'Admin', permissions: ['things.view', 'users.manage'] },
} as const;

test('ids of a configuration are literal types', () => {
  expectTypeOf<PermissionOf<typeof monitor>>().toEqualTypeOf<
    | 'remote-api.configure'
    | 'remote-api.access'
    | 'users.manage'
    | 'projects.manage'
    | 'projects.create'
    | 'connections.manage'
    | 'project.connections.manage'
    | 'agents.add'
    | 'rules.create'
    | 'rules.edit'
    | 'rules.run'
    | 'results.view-edit'
  >();
  expectTypeOf<ProjectRoleOf<typeof integrate>>().toEqualTypeOf<'owner' | 'contributor' | 'manager' | 'member'>();
});

test('a misspelt permission in an application role does not compile', () => {
  // The lambda is never called: these lines only have to type-check (or fail to).
  void (() =>
    defineProduct({
      ...base,
      applicationRoles: {
        ...roles,
        // @ts-expect-error 'thing.view' is not a declared permission
        consumer: { label: 'Consumer', permissions: ['thing.view'] },
      },
    }));
});

test('a misspelt permission in a project role does not compile', () => {
  void (() =>
    defineProduct({
      ...base,
      applicationRoles: roles,
      projectRoles: {
        ...base.projectRoles,
        // @ts-expect-error 'project.veiw' is not a declared project permission
        reader: { label: 'Reader', assignable: true, permissions: ['project.veiw'] },
      },
    }));
});

test('a misspelt role id does not compile', () => {
  void (() =>
    defineProduct({
      ...base,
      applicationRoles: roles,
      // @ts-expect-error 'onwer' is not a declared project role
      projectOwnerRole: 'onwer',
    }));
  void (() =>
    defineProduct({
      ...base,
      applicationRoles: {
        ...roles,
        // @ts-expect-error 'administrators' is not an application role
        administrators: roles.administrator,
      },
    }));
});

test('a misspelt user-management permission does not compile', () => {
  void (() =>
    defineProduct({
      ...base,
      applicationRoles: roles,
      // @ts-expect-error 'user.manage' is not a declared permission
      userManagementPermission: 'user.manage',
    }));
});
