/**
 * What a route or procedure needs. Every REST handler and tRPC procedure declares one;
 * the guard refuses handlers that declare nothing.
 */
export type NamedPermission = 'userManagement' | 'projectManagement';

export type Access =
  | { kind: 'public' }
  | { kind: 'platform' }
  /** Any signed-in user, in no particular tenant. */
  | { kind: 'authenticated' }
  /** Anyone with a grant in the route's tenant, API keys of the tenant included. */
  | { kind: 'tenant-member' }
  /** A permission named by its role in the product configuration, never by product. */
  | { kind: 'permission'; permission: NamedPermission }
  /** An organization's SCIM token (REST under /scim only): the SCIM controller's own guard admits it, and answers in SCIM's format. */
  | { kind: 'scim' };

export function describeAccess({ access }: { access: Access }): string {
  return access.kind === 'permission' ? `permission:${access.permission}` : access.kind;
}
