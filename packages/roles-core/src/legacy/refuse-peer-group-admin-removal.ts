import type { LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';

/**
 * R15: in a legacy tenant a Group Admin cannot remove another Group Admin outright; the other
 * must first get a lower role, so demoting a peer is a visible, separate step.
 */
export function refusePeerGroupAdminRemoval({
  targetRoles,
  userManagementRole,
}: {
  targetRoles: readonly LegacyRoleId[];
  userManagementRole: LegacyRoleId;
}): Refusal | undefined {
  if (!targetRoles.includes(userManagementRole)) return undefined;
  return {
    code: 'PEER_GROUP_ADMIN',
    message: 'A Group Admin cannot remove another Group Admin: give them a lower role first, then remove them.',
  };
}
