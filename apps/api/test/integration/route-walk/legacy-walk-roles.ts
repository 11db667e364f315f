import type { AnyProduct, LegacyRoleId } from '@loome/roles-core';

type LegacyRoles = NonNullable<AnyProduct['legacy']>['roles'];
type LegacyRoleEntry = [LegacyRoleId, LegacyRoles[LegacyRoleId]];

function legacyModelOf({ product }: { product: AnyProduct }) {
  if (!product.legacy) throw new Error(`${product.name} has no legacy model`);
  return product.legacy;
}

/** The legacy roles, the one that manages users first: it creates the legacy tenant (R15, R21). */
export function legacyRolesManagerFirst({ product }: { product: AnyProduct }): LegacyRoleEntry[] {
  const legacy = legacyModelOf({ product });
  const entries = Object.entries(legacy.roles) as LegacyRoleEntry[];
  return [...entries.filter(([role]) => role === legacy.userManagementRole), ...entries.filter(([role]) => role !== legacy.userManagementRole)];
}

/** The legacy role that manages users (Group Admin in Integrate). */
export function legacyManagerRole({ product }: { product: AnyProduct }): LegacyRoleId {
  return legacyModelOf({ product }).userManagementRole;
}

/**
 * The tenant-wide legacy role with the fewest permissions (BI User in Integrate): what the walk
 * invites and lists, since granting it is never an escalation.
 */
export function lowestLegacyRole({ product }: { product: AnyProduct }): LegacyRoleId {
  const tenantWide = (Object.entries(legacyModelOf({ product }).roles) as LegacyRoleEntry[]).filter(([, role]) => !role.departmentScoped);
  return tenantWide.sort(([, a], [, b]) => a.permissions.length - b.permissions.length)[0]![0];
}
