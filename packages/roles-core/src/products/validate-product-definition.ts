/**
 * Checks at definition time what the types cannot: configurations written in plain
 * JavaScript, or cast, must still fail loudly on a misspelt id before any tenant uses them.
 */
import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '../model/product-definition.js';
import type { ProductDefinition, RoleDefinition } from '../model/product-definition.js';
import { ProductDefinitionError } from './product-definition-error.js';

type AnyDefinition = ProductDefinition<string, string, string, string>;

interface Ids {
  product: string;
  tenant: ReadonlySet<string>;
  project: ReadonlySet<string>;
  legacy: ReadonlySet<string>;
  projectRoles: ReadonlySet<string>;
}

export function validateProductDefinition({ definition }: { definition: AnyDefinition }): void {
  const product = String(definition.id);
  const fail = (field: string, problem: string, value: unknown): never => {
    throw new ProductDefinitionError({ product, field, problem, value: String(value) });
  };
  if (!/^[a-z][a-z0-9-]*$/.test(product)) fail('id', 'not a lower-case id', product);
  const ids = collectPermissionIds({ definition, product, fail });
  validateRoles({ definition, ids, fail });
  validateNamedIds({ definition, ids, fail });
  validateApiKeyPolicy({ definition, fail });
  validateLegacy({ definition, ids, fail });
}

type Fail = (field: string, problem: string, value: unknown) => never;

function collectPermissionIds({ definition, product, fail }: { definition: AnyDefinition; product: string; fail: Fail }): Ids {
  const seen = new Map<string, string>();
  const collect = (field: string, record: Readonly<Record<string, string>>) => {
    for (const id of Object.keys(record)) {
      const earlier = seen.get(id);
      if (earlier) fail(field, `duplicate permission id (already in ${earlier})`, id);
      seen.set(id, field);
    }
    return new Set(Object.keys(record));
  };
  return {
    product,
    tenant: collect('permissions', definition.permissions),
    project: collect('projectPermissions', definition.projectPermissions),
    legacy: collect('legacy.extraPermissions', definition.legacy?.extraPermissions ?? {}),
    projectRoles: new Set(Object.keys(definition.projectRoles)),
  };
}

interface RoleCheck {
  field: string;
  role: RoleDefinition<string> | undefined;
  allowed: (permission: string) => boolean;
  fail: Fail;
}

function validateRole({ field, role, allowed, fail }: RoleCheck): void {
  if (!role) return fail(field, 'missing role', field.split('.').pop());
  if (role.permissions.length === 0) fail(`${field}.permissions`, 'empty tier: role has no permissions', field.split('.').pop());
  const seen = new Set<string>();
  for (const permission of role.permissions) {
    if (!allowed(permission)) fail(`${field}.permissions`, 'unknown permission', permission);
    if (seen.has(permission)) fail(`${field}.permissions`, 'duplicate permission', permission);
    seen.add(permission);
  }
}

function validateRoles({ definition, ids, fail }: { definition: AnyDefinition; ids: Ids; fail: Fail }): void {
  for (const role of APPLICATION_ROLE_IDS) {
    validateRole({ field: `applicationRoles.${role}`, role: definition.applicationRoles[role], allowed: (p) => ids.tenant.has(p), fail });
  }
  for (const [role, def] of Object.entries(definition.projectRoles)) {
    validateRole({ field: `projectRoles.${role}`, role: def, allowed: (p) => ids.project.has(p), fail });
  }
}

function validateNamedIds({ definition, ids, fail }: { definition: AnyDefinition; ids: Ids; fail: Fail }): void {
  const tenantPermission = (field: string, value: string) => {
    if (!ids.tenant.has(value)) fail(field, 'unknown permission', value);
  };
  tenantPermission('userManagementPermission', definition.userManagementPermission);
  tenantPermission('projectManagementPermission', definition.projectManagementPermission);
  tenantPermission('projectCreation.permission', definition.projectCreation.permission);
  if (definition.remoteAccessPermission !== null) tenantPermission('remoteAccessPermission', definition.remoteAccessPermission);
  if (!ids.projectRoles.has(definition.projectOwnerRole)) fail('projectOwnerRole', 'missing project role', definition.projectOwnerRole);
  if (!ids.project.has(definition.projectMembersPermission)) {
    fail('projectMembersPermission', 'unknown project permission', definition.projectMembersPermission);
  }
  if (!definition.projectRoles[definition.projectOwnerRole]?.permissions.includes(definition.projectMembersPermission)) {
    fail(`projectRoles.${definition.projectOwnerRole}.permissions`, 'owner role lacks the members permission', definition.projectMembersPermission);
  }
  const administration = definition.projectAdministrationPermission;
  if (administration !== undefined && !ids.project.has(administration)) {
    fail('projectAdministrationPermission', 'unknown project permission', administration);
  }
  // The creator becomes the owner (R16): an owner who could not delete their own project would be stuck with it.
  if (administration !== undefined && !definition.projectRoles[definition.projectOwnerRole]?.permissions.includes(administration)) {
    fail(`projectRoles.${definition.projectOwnerRole}.permissions`, 'owner role lacks the project administration permission', administration);
  }
  const limited = definition.limitedMembers;
  if (limited && !ids.projectRoles.has(limited.projectRole)) fail('limitedMembers.projectRole', 'missing project role', limited.projectRole);
  if (limited && definition.projectRoles[limited.projectRole]?.assignable) {
    fail(`projectRoles.${limited.projectRole}.assignable`, 'a Limited Member role cannot be assignable', limited.projectRole);
  }
  if (limited && !ids.tenant.has(limited.writers.permission)) fail('limitedMembers.writers.permission', 'unknown permission', limited.writers.permission);
  if (limited && !ids.project.has(limited.writers.projectPermission)) {
    fail('limitedMembers.writers.projectPermission', 'unknown project permission', limited.writers.projectPermission);
  }
  const scope = definition.consumerScope;
  if (scope.kind === 'tenant') return;
  for (const permission of scope.scopedPermissions) {
    if (!definition.applicationRoles.consumer.permissions.includes(permission)) {
      fail('consumerScope.scopedPermissions', 'not a permission of the consumer role', permission);
    }
  }
}

function validateApiKeyPolicy({ definition, fail }: { definition: AnyDefinition; fail: Fail }): void {
  const policy = definition.apiKeyPolicy;
  if (policy.kind !== 'administrator-before-cutoff') return;
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(policy.cutoff) || Number.isNaN(Date.parse(policy.cutoff))) {
    fail('apiKeyPolicy.cutoff', 'not an ISO date', policy.cutoff);
  }
}

function validateLegacy({ definition, ids, fail }: { definition: AnyDefinition; ids: Ids; fail: Fail }): void {
  const legacy = definition.legacy;
  if (!legacy) return;
  for (const role of LEGACY_ROLE_IDS) {
    validateRole({
      field: `legacy.roles.${role}`,
      role: legacy.roles[role],
      allowed: (p) => ids.tenant.has(p) || ids.legacy.has(p),
      fail,
    });
    const entry = legacy.mapping[role];
    if (!entry) return fail(`legacy.mapping.${role}`, 'missing mapping for legacy role', role);
    if (!(APPLICATION_ROLE_IDS as readonly string[]).includes(entry.applicationRole)) {
      fail(`legacy.mapping.${role}.applicationRole`, 'unknown application role', entry.applicationRole);
    }
    if (entry.projectRole !== undefined && !ids.projectRoles.has(entry.projectRole)) {
      fail(`legacy.mapping.${role}.projectRole`, 'missing project role', entry.projectRole);
    }
    if (entry.projectRole !== undefined && entry.projects === 'none') {
      fail(`legacy.mapping.${role}.projects`, 'a project role needs projects to apply to', entry.projects);
    }
  }
  if (!(LEGACY_ROLE_IDS as readonly string[]).includes(legacy.userManagementRole)) {
    fail('legacy.userManagementRole', 'unknown legacy role', legacy.userManagementRole);
  }
  // R9: whoever manages users in a legacy tenant invites every legacy role, so holds all they carry.
  const managed = new Set(legacy.roles[legacy.userManagementRole]?.permissions ?? []);
  for (const role of LEGACY_ROLE_IDS) {
    const missing = (legacy.roles[role]?.permissions ?? []).find((permission) => !managed.has(permission));
    if (missing !== undefined) {
      fail(
        `legacy.roles.${role}.permissions`,
        `carries a permission the user-management role ${legacy.userManagementRole} lacks, so nobody could invite it (R9)`,
        missing,
      );
    }
  }
}
