/** Tenant states and actors for any product, built from the shared fixtures. */
import type { AnyProduct } from '../../src/define-product.js';
import type { ApplicationRoleId } from '../../src/model/product-definition.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { tenantState, type TenantSketch } from '../properties/fixtures.js';

export { apiKeyRecord, asUser, emailOf, groupRecord, userRecord } from '../properties/fixtures.js';

export const PROJECTS = [
  { id: 'p-1', name: 'One', departmentId: null },
  { id: 'p-2', name: 'Two', departmentId: null },
] as const;

export function productTenant({ product, sketch = {} }: { product: AnyProduct; sketch?: TenantSketch }): TenantState {
  return tenantState({ productId: product.id, projects: [...PROJECTS], ...sketch });
}

/** Application roles from least to most: the first one holding a permission is its lowest holder. */
export const TIERS_ASCENDING: readonly ApplicationRoleId[] = ['consumer', 'project-creator', 'administrator'];

export function tiersHolding({ product, permission }: { product: AnyProduct; permission: string }): ApplicationRoleId[] {
  return TIERS_ASCENDING.filter((tier) => product.applicationRoles[tier].permissions.includes(permission));
}

export function tiersLacking({ product, permission }: { product: AnyProduct; permission: string }): ApplicationRoleId[] {
  return TIERS_ASCENDING.filter((tier) => !product.applicationRoles[tier].permissions.includes(permission));
}

/** Project roles anyone may give by hand (a Limited Member role exists only through references). */
export function assignableProjectRoles({ product }: { product: AnyProduct }): string[] {
  return Object.entries(product.projectRoles)
    .filter(([, role]) => role.assignable)
    .map(([id]) => id);
}
