import type { Refusal } from '../../model/refusal.js';
import type { TenantState } from '../../model/tenant-state.js';
import { hasReferences, referencesOfUser } from '../limited-member-references.js';
import type { AnyProduct } from '../plan-input.js';

/**
 * R17: a Limited Member exists exactly while records are assigned to them or rules email them,
 * so removing them would silently break those references; refuse and list every one instead.
 */
export function refuseReferencedLimitedMember({
  product,
  state,
  userId,
  projectId,
}: {
  product: AnyProduct;
  state: TenantState;
  userId: string | undefined;
  projectId?: string;
}): Refusal | undefined {
  if (userId === undefined || !product.limitedMembers) return undefined;
  const blocking = referencesOfUser({ product, state, userId, ...(projectId ? { projectId } : {}) });
  if (!hasReferences({ references: blocking })) return undefined;
  return {
    code: 'LIMITED_MEMBER_REFERENCED',
    message: 'Records are assigned to this user or communication rules email them; reassign those records and change those rules first.',
    blocking,
  };
}
