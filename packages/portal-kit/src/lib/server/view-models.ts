/**
 * The view models the pages render, built from the API's declared answers (`ApiOutputs`): a
 * change of an answer's shape is a type error here, not a blank field on a page.
 */
import type { ApiKeyView, MemberView, RoleView, TenantView } from '../types.js';
import type { ApiMember, ApiOutputs } from './api-types.js';

export function memberViewOf(member: ApiMember): MemberView {
  const { principalId, kind, name, email, status, invitedAt, invitedBy } = member;
  return { principalId, kind, name, email, status, invitedAt, invitedBy };
}

export function roleViewsOf({
  roles,
  labels,
}: {
  roles: ApiOutputs['roles']['list'];
  labels: Record<string, { label: string; description: string }>;
}): RoleView[] {
  return roles.items.map((role) => ({
    id: role.id,
    label: role.label,
    description: role.description ?? labels[role.id]?.description ?? '',
    memberCount: role.memberCount,
    members: role.members.items.map(memberViewOf),
  }));
}

export function tenantViewsOf(tenants: ApiOutputs['tenants']['mine']): TenantView[] {
  return tenants.items.map((tenant) => ({ id: tenant.id, name: tenant.name, productId: tenant.product.id, roleModel: tenant.roleModel }));
}

export function apiKeyViewsOf(keys: ApiOutputs['apiKeys']['list']): ApiKeyView[] {
  return keys.items.map(({ id, description, createdAt, expiresAt, allowedIps, roles, projectRoles, lastUsedAt }) => ({
    id,
    description,
    createdAt,
    expiresAt,
    allowedIps,
    roles,
    projectRoles,
    lastUsedAt,
  }));
}
