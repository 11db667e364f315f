import type { ApiKeyView, ProductView } from './types.js';

/** "Consumer", "Owner of Sales": a key's roles as Remote Access lists them, by label and project name. */
export function apiKeyRoleWords({
  key,
  product,
  projectNames,
}: {
  key: Pick<ApiKeyView, 'roles' | 'projectRoles'>;
  product: Pick<ProductView, 'applicationRoles' | 'projectRoles'>;
  projectNames: Readonly<Record<string, string>>;
}): string[] {
  const labelOf = (roles: readonly { id: string; label: string }[], id: string) => roles.find((role) => role.id === id)?.label ?? id;
  return [
    ...key.roles.map((role) => labelOf(product.applicationRoles, role)),
    ...key.projectRoles.map(({ projectId, role }) => `${labelOf(product.projectRoles, role)} of ${projectNames[projectId] ?? 'a project'}`),
  ];
}

/** When a key was last used, in the reader's calendar and clock; `format` is for tests, which need a fixed one. */
export function lastUsedWords({
  lastUsedAt,
  format = (date) => date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
}: {
  lastUsedAt: string | null;
  format?: (date: Date) => string;
}): string {
  if (!lastUsedAt) return 'Not yet';
  const date = new Date(lastUsedAt);
  return Number.isNaN(date.getTime()) ? 'Not yet' : format(date);
}
