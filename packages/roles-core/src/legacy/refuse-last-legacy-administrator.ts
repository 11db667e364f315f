import type { LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';

/**
 * R11 in a legacy tenant: the legacy user-management role (Group Admin) plays the administrator,
 * so its last holder cannot be demoted or removed — nobody would be left to manage users.
 */
export function refuseLastLegacyAdministrator({
  state,
  userId,
  userManagementRole,
}: {
  state: TenantState;
  userId: string;
  userManagementRole: LegacyRoleId;
}): Refusal | undefined {
  const holders = new Set(state.legacyGrants.filter((g) => g.role === userManagementRole).map((g) => g.userId));
  if (!holders.has(userId) || holders.size > 1) return undefined;
  return { code: 'LAST_ADMINISTRATOR', message: 'This is the last Group Admin of the tenant; make someone else Group Admin first.' };
}
