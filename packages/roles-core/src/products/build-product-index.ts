/**
 * Precomputed lookups for one product: every permission interned to a bit, every role folded
 * into a bitmask of 32-bit words, so that decisions compare integers instead of strings.
 */
import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '../model/product-definition.js';
import type { ApplicationRoleId, LegacyRoleId, ProductDefinition } from '../model/product-definition.js';

export type PermissionKind = 'tenant' | 'project' | 'legacy';

export interface ProductIndex {
  /** Bit index → permission id: tenant-wide first, then project, then legacy-only. */
  readonly permissionIds: readonly string[];
  readonly bitOf: ReadonlyMap<string, number>;
  readonly kindOf: ReadonlyMap<string, PermissionKind>;
  /** Number of 32-bit words in every mask of this product. */
  readonly words: number;
  readonly applicationRoleMasks: Readonly<Record<ApplicationRoleId, Uint32Array>>;
  readonly projectRoleMasks: ReadonlyMap<string, Uint32Array>;
  readonly legacyRoleMasks: Readonly<Record<LegacyRoleId, Uint32Array>> | null;
  /** Every project permission: what the project-management permission implies on every project. */
  readonly projectPermissionsMask: Uint32Array;
  /** Consumer-scoped permissions (R19); empty when consumers see the whole tenant. */
  readonly consumerScopedMask: Uint32Array;
}

interface BuildIndexInput {
  definition: ProductDefinition<string, string, string, string>;
}

export function buildProductIndex({ definition }: BuildIndexInput): ProductIndex {
  const kindOf = new Map<string, PermissionKind>();
  for (const id of Object.keys(definition.permissions)) kindOf.set(id, 'tenant');
  for (const id of Object.keys(definition.projectPermissions)) kindOf.set(id, 'project');
  for (const id of Object.keys(definition.legacy?.extraPermissions ?? {})) kindOf.set(id, 'legacy');
  const permissionIds = [...kindOf.keys()];
  const bitOf = new Map(permissionIds.map((id, bit) => [id, bit]));
  const words = Math.max(1, Math.ceil(permissionIds.length / 32));
  const toMask = (permissions: readonly string[]) => maskOf({ permissions, bitOf, words });

  const applicationRoleMasks = Object.fromEntries(APPLICATION_ROLE_IDS.map((role) => [role, toMask(definition.applicationRoles[role].permissions)])) as Record<
    ApplicationRoleId,
    Uint32Array
  >;
  const projectRoleMasks = new Map(Object.entries(definition.projectRoles).map(([role, def]) => [role, toMask(def.permissions)]));
  const legacy = definition.legacy;
  const legacyRoleMasks = legacy
    ? (Object.fromEntries(LEGACY_ROLE_IDS.map((role) => [role, toMask(legacy.roles[role].permissions)])) as Record<LegacyRoleId, Uint32Array>)
    : null;
  const scope = definition.consumerScope;
  return {
    permissionIds,
    bitOf,
    kindOf,
    words,
    applicationRoleMasks,
    projectRoleMasks,
    legacyRoleMasks,
    projectPermissionsMask: toMask(Object.keys(definition.projectPermissions)),
    consumerScopedMask: toMask(scope.kind === 'tenant' ? [] : scope.scopedPermissions),
  };
}

interface MaskInput {
  permissions: readonly string[];
  bitOf: ReadonlyMap<string, number>;
  words: number;
}

function maskOf({ permissions, bitOf, words }: MaskInput): Uint32Array {
  const mask = new Uint32Array(words);
  for (const permission of permissions) {
    const bit = bitOf.get(permission);
    if (bit !== undefined) mask[bit >>> 5]! |= 1 << (bit & 31);
  }
  return mask;
}
