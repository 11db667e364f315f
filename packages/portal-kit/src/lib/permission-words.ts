import type { ProductView } from './types.js';

type PermissionWordsSource = Pick<ProductView, 'permissions' | 'projectPermissions' | 'legacyPermissions'>;

/**
 * A permission as the product's configuration words it ("Manage jobs"), for refusals that list
 * what the caller lacks (R9). An id the configuration does not know is shown as it came.
 */
export function permissionWords({ product, permission }: { product: PermissionWordsSource | undefined; permission: string }): string {
  return product?.permissions[permission] ?? product?.projectPermissions[permission] ?? product?.legacyPermissions[permission] ?? permission;
}

/** "Manage jobs; Run jobs on demand": the permissions a refusal lists, each in words. */
export function permissionsInWords({ product, permissions }: { product: PermissionWordsSource | undefined; permissions: readonly string[] }): string {
  return permissions.map((permission) => permissionWords({ product, permission })).join('; ');
}
