import { getProduct, type AnyProduct } from '@loome/roles-core';
import { WALK_TENANTS, type WalkTenantSpec } from './walk-callers.js';

/**
 * The tenants of the walk a route is walked in, named by what their product's configuration has
 * (never by product id), so a new product's tenant joins every list its configuration calls for.
 */
function keysWhere(wanted: (tenant: { spec: WalkTenantSpec; product: AnyProduct }) => boolean): readonly string[] {
  return WALK_TENANTS.filter((spec) => wanted({ spec, product: getProduct(spec.product)! })).map((spec) => spec.key);
}

const isCurrent = ({ spec }: { spec: WalkTenantSpec }) => spec.roleModel === 'current';

/** Every tenant of the walk; current-model ones come first, as in WALK_TENANTS. */
export const EVERY_TENANT = keysWhere(() => true);
export const CURRENT = keysWhere(isCurrent);
/** Tenants of products whose configuration has `legacy`, on the legacy model (R21). */
export const LEGACY = keysWhere(({ spec }) => spec.roleModel === 'legacy');
/** Products whose configuration has `limitedMembers`: records and communication rules (R17). */
export const WITH_REFERENCES = keysWhere(({ spec, product }) => isCurrent({ spec }) && product.limitedMembers !== null);
/** Products whose configuration has `projectNotifications` (R18), in current-model tenants. */
export const WITH_NOTIFICATIONS = keysWhere(({ spec, product }) => isCurrent({ spec }) && product.projectNotifications);
