/** Small builders for tenant states, shared by the planners' unit tests and the property tests. */
import type { ApplicationRoleId, LegacyRoleId } from '../../src/model/product-definition.js';
import type { Actor, ApiKeyRecord, GroupRecord, TenantState, UserRecord } from '../../src/model/tenant-state.js';

export function emailOf(userId: string): string {
  return `${userId}@example.com`;
}

export function userRecord({ id, hasSignedIn = true, guest = false }: { id: string; hasSignedIn?: boolean; guest?: boolean }): UserRecord {
  return { id, email: emailOf(id), name: id, hasSignedIn, guest };
}

export function groupRecord({ id, members }: { id: string; members: string[] }): GroupRecord {
  return { id, name: id, email: null, memberEmails: members.map(emailOf) };
}

export function apiKeyRecord({ id, createdAt = '2025-01-01T00:00:00.000Z' }: { id: string; createdAt?: string }): ApiKeyRecord {
  return { id, description: id, createdAt, expiresAt: null, allowedIps: [] };
}

export function asUser(userId: string): Actor {
  return { kind: 'user', userId };
}

/** Shorthand for users and their roles; any other field of the state may be given as is. */
export type TenantSketch = Partial<TenantState> & {
  /** userId → application role held directly; each such user exists and has signed in. */
  userRoles?: Record<string, ApplicationRoleId>;
  extraUsers?: UserRecord[];
  legacyRoles?: Record<string, LegacyRoleId>;
};

export function tenantState({ userRoles = {}, extraUsers = [], legacyRoles = {}, ...overrides }: TenantSketch = {}): TenantState {
  const ids = [...new Set([...Object.keys(userRoles), ...Object.keys(legacyRoles)])];
  return {
    tenantId: 't1',
    productId: 'integrate',
    roleModel: 'current',
    settings: { projectCreation: 'project-creators' },
    users: [...ids.map((id) => userRecord({ id })), ...extraUsers],
    groups: [],
    apiKeys: [],
    applicationGrants: Object.entries(userRoles).map(([principalId, role]) => ({ principalId, kind: 'user' as const, role })),
    projects: [],
    projectGrants: [],
    records: [],
    communicationRules: [],
    legacyGrants: Object.entries(legacyRoles).map(([userId, role]) => ({ userId, role })),
    departments: [],
    ...overrides,
  };
}
