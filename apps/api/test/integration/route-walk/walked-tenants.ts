import { productIds } from '@loome/roles-core';
import { WALK_TENANTS, type WalkTenantSpec } from './walk-callers.js';

/**
 * The tenants this run walks: every registered product's, or only those of the products named in
 * WALK_PRODUCTS (comma-separated ids), as the product kit does to walk just a freshly scaffolded
 * product in its copy of the workspace. A name that is no registered product fails the run.
 */
export function walkedTenants({ env }: { env: Record<string, string | undefined> }): readonly WalkTenantSpec[] {
  const wanted = (env.WALK_PRODUCTS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (wanted.length === 0) return WALK_TENANTS;
  const unknown = wanted.filter((id) => !productIds.includes(id));
  if (unknown.length > 0) throw new Error(`WALK_PRODUCTS names no registered product: ${unknown.join(', ')}`);
  return WALK_TENANTS.filter((spec) => wanted.includes(spec.product));
}
