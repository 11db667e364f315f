/** R3, R24: send a pending invitation's mail again, through the outbox like the first one. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from '../planners/actor-access.js';
import { auditEffect } from '../planners/audit-effect.js';
import { refuseWithoutPermission } from '../planners/guards/refuse-without-permission.js';
import type { PlanInput } from '../planners/plan-input.js';
import { findPendingInvitation, isRefusal } from './pending-invitation.js';

export interface ResendInvitationRequest {
  /** The invited user's id. */
  principalId: string;
}

export function planResendInvitation(input: PlanInput<ResendInvitationRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const forbidden = refuseWithoutPermission({ access, tenantPermission: product.userManagementPermission, action: 'resend invitations' });
  if (forbidden) return refuse(forbidden);
  const invited = findPendingInvitation({
    state,
    userId: request.principalId,
    onceSignedIn: (email) => `${email} has already signed in and accepted the invitation: there is nothing to resend.`,
  });
  if (isRefusal(invited)) return refuse(invited);
  const { email } = invited.user;
  return {
    ok: true,
    effects: [{ type: 'resend-invitation', email }, auditEffect({ action: 'invitation.resent', target: `user:${email}`, before: null, after: null })],
  };
}
