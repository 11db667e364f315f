/**
 * Role masks as decisions use them. A tenant-wide grant that carries the product's
 * project-management permission ("manage all projects") holds every project permission
 * on every project; consumer roles are split into what holds tenant-wide and what only
 * holds inside the consumer's scope (R19).
 */
import type { AnyProduct } from '../define-product.js';
import type { ApplicationRoleId, LegacyRoleId } from '../model/product-definition.js';
import type { TenantSettings } from '../model/tenant-state.js';

export interface GrantMasks {
  application: Readonly<Record<ApplicationRoleId, Uint32Array>>;
  /** The consumer role minus its scoped permissions: what a consumer holds everywhere. */
  consumerEverywhere: Uint32Array;
  /** The consumer role's scoped permissions: what holds only inside the consumer's scope. */
  consumerScoped: Uint32Array;
  legacy: Readonly<Record<LegacyRoleId, Uint32Array>> | null;
  /**
   * R16: what the tenant's setting takes from the roles below administrator (Monitor's
   * "only administrators create projects"), by role; empty where nothing is restricted.
   */
  restricted: Readonly<Partial<Record<ApplicationRoleId, Uint32Array>>>;
}

const caches = { open: new WeakMap<AnyProduct, GrantMasks>(), restricted: new WeakMap<AnyProduct, GrantMasks>() };

/** Whether the tenant's setting keeps project creation to administrators (R16): part of every decision. */
export function restrictsProjectCreation({ product, settings }: { product: AnyProduct; settings: TenantSettings }): boolean {
  return product.projectCreation.restrictableToAdministrators && settings.projectCreation === 'administrators';
}

export function grantMasksOf({ product, settings }: { product: AnyProduct; settings: TenantSettings }): GrantMasks {
  const restrict = restrictsProjectCreation({ product, settings });
  const cache = restrict ? caches.restricted : caches.open;
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
  // R16: with creation restricted, only the administrator role (and a key acting as one) carries it.
  const creationBit = index.bitOf.get(product.projectCreation.permission) ?? 0;
  const creationOnly = new Uint32Array(index.words);
  creationOnly[creationBit >>> 5] = 1 << (creationBit & 31);
  const restricted: Partial<Record<ApplicationRoleId, Uint32Array>> = {};
  const application = mapRoles(index.applicationRoleMasks);
  if (restrict) {
    for (const role of ['consumer', 'project-creator'] as const) {
      if ((application[role][creationBit >>> 5]! & creationOnly[creationBit >>> 5]!) === 0) continue;
      restricted[role] = creationOnly;
      application[role] = application[role].map((word, i) => word & ~creationOnly[i]!);
    }
  }
  const consumer = application.consumer;
  const masks: GrantMasks = {
    application,
    consumerEverywhere: withImplied(consumer.map((word, i) => word & ~index.consumerScopedMask[i]!)),
    consumerScoped: index.consumerScopedMask,
    legacy: index.legacyRoleMasks ? mapRoles(index.legacyRoleMasks) : null,
    restricted,
  };
  cache.set(product, masks);
  return masks;
}
