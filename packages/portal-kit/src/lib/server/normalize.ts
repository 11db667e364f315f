/**
 * Maps the API's answers onto the view models. Kept in one file so that a change in an
 * answer's shape is one edit here, not one per page.
 */
import type { ApiKeyView, MemberKind, MemberView, RoleView, TenantView } from '../types.js';

type Loose = Record<string, unknown>;
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const list = (value: unknown): Loose[] => {
  if (Array.isArray(value)) return value as Loose[];
  if (value && typeof value === 'object' && Array.isArray((value as Loose).items)) return (value as Loose).items as Loose[];
  return [];
};

export function normalizeMember(raw: Loose): MemberView {
  return {
    principalId: text(raw.principalId ?? raw.id),
    kind: text(raw.kind, 'user') as MemberKind,
    name: text(raw.name ?? raw.description ?? raw.email),
    email: typeof raw.email === 'string' ? raw.email : null,
    status: typeof raw.status === 'string' ? raw.status : null,
  };
}

export function normalizeMembers(raw: unknown): MemberView[] {
  return list(raw).map(normalizeMember);
}

export function normalizeRoles({ raw, labels }: { raw: unknown; labels: Record<string, { label: string; description: string }> }): RoleView[] {
  const roles = Array.isArray(raw) ? raw : list((raw as Loose | undefined)?.roles ?? raw);
  return (roles as Loose[]).map((role) => {
    const id = text(role.id ?? role.roleId ?? role.role);
    const members = normalizeMembers(role.members);
    return {
      id,
      label: text(role.label ?? role.name, labels[id]?.label ?? id),
      description: text(role.description, labels[id]?.description ?? ''),
      memberCount: typeof role.memberCount === 'number' ? role.memberCount : members.length,
      members,
    };
  });
}

export function normalizeTenants(raw: unknown): TenantView[] {
  return list(raw).map((tenant) => ({
    id: text(tenant.id ?? tenant.tenantId),
    name: text(tenant.name),
    productId: text(tenant.productId ?? (tenant.product as Loose | undefined)?.id ?? tenant.product),
    roleModel: tenant.roleModel === 'legacy' ? 'legacy' : 'current',
  }));
}

export function normalizeApiKeys(raw: unknown): ApiKeyView[] {
  return list(raw).map((key) => ({
    id: text(key.id ?? key.apiKeyId),
    description: text(key.description),
    createdAt: text(key.createdAt),
    expiresAt: typeof key.expiresAt === 'string' ? key.expiresAt : null,
    allowedIps: Array.isArray(key.allowedIps) ? (key.allowedIps as string[]) : [],
    roles: Array.isArray(key.roles) ? (key.roles as unknown[]).map((role) => (typeof role === 'string' ? role : text((role as Loose).role ?? (role as Loose).id))) : [],
  }));
}

export function nextCursorOf(raw: unknown): string | null {
  const cursor = raw && typeof raw === 'object' ? (raw as Loose).nextCursor : null;
  return typeof cursor === 'string' ? cursor : null;
}

export { list as itemsOf, text as textOf };
