import type { Refusal } from '../../model/refusal.js';
import type { Actor } from '../../model/tenant-state.js';

/**
 * R10: nobody removes their own account from a role — moving yourself counts — so a slip of the
 * hand cannot lock you out; another administrator must do it. Checked before R11 (Contract details).
 */
export function refuseSelfRemoval({ actor, userId }: { actor: Actor; userId: string | undefined }): Refusal | undefined {
  if (actor.kind !== 'user' || userId === undefined || actor.userId !== userId) return undefined;
  return {
    code: 'CANNOT_REMOVE_SELF',
    message: 'You cannot remove or move your own account; another administrator must do it.',
  };
}
