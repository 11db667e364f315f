/** R3, R24: send a pending invitation's mail again, through the outbox like the first one. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { auditEffect } from '../planners/audit-effect.js';
import type { PlanInput } from '../planners/plan-input.js';
import { managePendingInvitation } from './pending-invitation.js';

export interface ResendInvitationRequest {
  /** The invited user's id. */
  principalId: string;
}

export function planResendInvitation(input: PlanInput<ResendInvitationRequest>): PlanResult<Effect> {
  const managed = managePendingInvitation({
    input,
    action: 'resend invitations',
    onceSignedIn: (email) => `${email} has already signed in and accepted the invitation: there is nothing to resend.`,
  });
  if ('refusal' in managed) return refuse(managed.refusal);
  const { email } = managed.invited.user;
  return {
    ok: true,
    effects: [{ type: 'resend-invitation', email }, auditEffect({ action: 'invitation.resent', target: `user:${email}`, before: null, after: null })],
  };
}
