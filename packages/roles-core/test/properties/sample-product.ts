/**
 * A product configuration made for tests: unlike the shipped three, it has a role that manages
 * users without holding everything (project-creator) and a project role that manages members
 * without holding every project permission (steward), so R9's escalation guard can bite.
 */
import { defineProduct } from '../../src/define-product.js';

export const sampleProduct = defineProduct({
  id: 'sample',
  name: 'Sample',
  portalPort: 3999,
  permissions: {
    'items.view': 'View items',
    'users.manage': 'Manage users',
    'projects.create': 'Create projects',
    'projects.manage': 'Manage all projects',
    'secrets.read': 'Read secrets',
  },
  projectPermissions: {
    'project.members.manage': 'Manage project members',
    'project.edit': 'Edit the project',
    'project.view': 'View the project',
  },
  applicationRoles: {
    consumer: { label: 'Consumer', permissions: ['items.view'] },
    'project-creator': { label: 'Project Creator', permissions: ['items.view', 'users.manage', 'projects.create'] },
    administrator: {
      label: 'Administrator',
      permissions: ['items.view', 'users.manage', 'projects.create', 'projects.manage', 'secrets.read'],
    },
  },
  projectRoles: {
    owner: { label: 'Owner', assignable: true, permissions: ['project.members.manage', 'project.edit', 'project.view'] },
    steward: { label: 'Steward', assignable: true, permissions: ['project.members.manage', 'project.view'] },
    editor: { label: 'Editor', assignable: true, permissions: ['project.edit', 'project.view'] },
    viewer: { label: 'Viewer', assignable: true, permissions: ['project.view'] },
  },
  userManagementPermission: 'users.manage',
  projectManagementPermission: 'projects.manage',
  projectCreation: { permission: 'projects.create', restrictableToAdministrators: true },
  projectOwnerRole: 'owner',
  projectMembersPermission: 'project.members.manage',
  remoteAccessPermission: null,
  consumerScope: { kind: 'tenant' },
  apiKeyPolicy: { kind: 'by-role' },
  limitedMembers: null,
  lookup: { users: true, groups: true },
  projectNotifications: true,
  removingApplicationRoleRemovesFromTenant: true,
  legacy: null,
});
