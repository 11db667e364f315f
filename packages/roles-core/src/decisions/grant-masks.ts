/**
 * Role masks as decisions use them. A tenant-wide grant that carries the product's
 * project-management permission ("manage all projects") holds every project permission
 * on every project; consumer roles are split into what holds tenant-wide and what only
 * holds inside the consumer's scope (R19).
 */
import type { AnyProduct } from '../define-product.js';
import type { ApplicationRoleId, LegacyRoleId } from '../model/product-definition.js';

export interface GrantMasks {
  application: Readonly<Record<ApplicationRoleId, Uint32Array>>;
  /** The consumer role minus its scoped permissions: what a consumer holds everywhere. */
  consumerEverywhere: Uint32Array;
  /** The consumer role's scoped permissions: what holds only inside the consumer's scope. */
  consumerScoped: Uint32Array;
  legacy: Readonly<Record<LegacyRoleId, Uint32Array>> | null;
}

const cache = new WeakMap<AnyProduct, GrantMasks>();

export function grantMasksOf({ product }: { product: AnyProduct }): GrantMasks {
  const cached = cache.get(product);
  if (cached) return cached;
  const index = product.index;
  const managementBit = index.bitOf.get(product.projectManagementPermission) ?? 0;
  const withImplied = (mask: Uint32Array): Uint32Array => {
    if ((mask[managementBit >>> 5]! & (1 << (managementBit & 31))) === 0) return mask;
    return mask.map((word, i) => word | index.projectPermissionsMask[i]!);
  };
  const mapRoles = <R extends string>(masks: Readonly<Record<R, Uint32Array>>) =>
    Object.fromEntries(Object.entries<Uint32Array>(masks).map(([role, mask]) => [role, withImplied(mask)])) as Record<R, Uint32Array>;
  const consumer = index.applicationRoleMasks.consumer;
  const masks: GrantMasks = {
    application: mapRoles(index.applicationRoleMasks),
    consumerEverywhere: withImplied(consumer.map((word, i) => word & ~index.consumerScopedMask[i]!)),
    consumerScoped: index.consumerScopedMask,
    legacy: index.legacyRoleMasks ? mapRoles(index.legacyRoleMasks) : null,
  };
  cache.set(product, masks);
  return masks;
}
