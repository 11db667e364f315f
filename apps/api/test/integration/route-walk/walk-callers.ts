import type { ApplicationRoleId, LegacyRoleId } from '@loome/roles-core';

/**
 * Who calls in the walk, as data. Each tenant of the walk has its own callers (users are global,
 * so every email is unique to its tenant); the same list builds the tenant through the API and
 * the model state the expectations are derived from.
 */
export type TenantCaller =
  | {
      name: string;
      kind: 'user';
      /** Given directly through the application-role members route. */
      applicationRole?: ApplicationRoleId;
      /** Given on the walk's project; R16a makes the user a consumer as well. */
      projectRole?: string;
      /** R17: a record of the walk's project is assigned to them, and nothing else. */
      limitedMember?: boolean;
      legacyRole?: LegacyRoleId;
      /** Member of the legacy tenant's department (what a BI Developer acts on). */
      inDepartment?: boolean;
    }
  | {
      name: string;
      kind: 'apiKey';
      applicationRoles: ApplicationRoleId[];
      /** Brought in through the platform import route with this creation date; otherwise created now. */
      importedCreatedAt?: string;
    };

/** Callers that belong to no tenant of the walk: they answer the same way everywhere. */
export const OUTSIDE_CALLERS = ['anonymous', 'deleted-key', 'platform', 'other-tenant-admin'] as const;
export type OutsideCaller = (typeof OUTSIDE_CALLERS)[number];

export interface WalkTenantSpec {
  /** The walk's own name for the tenant; endpoints list where they are walked by it. */
  key: string;
  product: string;
  roleModel: 'current' | 'legacy';
  callers: TenantCaller[];
}

const APPLICATION_ROLE_USERS: TenantCaller[] = [
  { name: 'administrator', kind: 'user', applicationRole: 'administrator' },
  { name: 'project-creator', kind: 'user', applicationRole: 'project-creator' },
  { name: 'consumer', kind: 'user', applicationRole: 'consumer' },
];

const projectRoleUsers = (roles: string[]): TenantCaller[] => roles.map((role) => ({ name: `project-${role}`, kind: 'user', projectRole: role }));

export const WALK_TENANTS: WalkTenantSpec[] = [
  {
    key: 'integrate',
    product: 'integrate',
    roleModel: 'current',
    callers: [
      ...APPLICATION_ROLE_USERS,
      ...projectRoleUsers(['owner', 'contributor', 'manager', 'member']),
      { name: 'key-consumer', kind: 'apiKey', applicationRoles: ['consumer'] },
      { name: 'key-administrator', kind: 'apiKey', applicationRoles: ['administrator'] },
    ],
  },
  {
    key: 'assist',
    product: 'assist',
    roleModel: 'current',
    callers: [
      ...APPLICATION_ROLE_USERS,
      ...projectRoleUsers(['owner', 'contributor', 'reader']),
      { name: 'key-without-role', kind: 'apiKey', applicationRoles: [] },
    ],
  },
  {
    key: 'monitor',
    product: 'monitor',
    roleModel: 'current',
    callers: [
      ...APPLICATION_ROLE_USERS,
      ...projectRoleUsers(['owner', 'contributor', 'member']),
      { name: 'limited-member', kind: 'user', limitedMember: true },
      { name: 'key-before-cutoff', kind: 'apiKey', applicationRoles: [], importedCreatedAt: '2023-01-15T10:00:00Z' },
      { name: 'key-before-cutoff-consumer', kind: 'apiKey', applicationRoles: ['consumer'], importedCreatedAt: '2023-09-25T10:00:00Z' },
      { name: 'key-new-consumer', kind: 'apiKey', applicationRoles: ['consumer'] },
      { name: 'key-new-without-role', kind: 'apiKey', applicationRoles: [] },
    ],
  },
  {
    key: 'integrate-legacy',
    product: 'integrate',
    roleModel: 'legacy',
    callers: [
      { name: 'group-admin', kind: 'user', legacyRole: 'group-admin' },
      { name: 'bi-developer', kind: 'user', legacyRole: 'bi-developer', inDepartment: true },
      { name: 'bi-manager', kind: 'user', legacyRole: 'bi-manager' },
      { name: 'bi-user', kind: 'user', legacyRole: 'bi-user' },
    ],
  },
];

export function emailOf({ tenantKey, caller }: { tenantKey: string; caller: string }): string {
  return `${tenantKey}.${caller}@walk.test`;
}
