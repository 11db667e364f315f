/** R4: the first sign-in accepts every pending invitation for the email, in every tenant, without a click. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { auditEffect } from './audit-effect.js';
import { normalizeEmailAddress } from './email-address.js';

export interface AcceptInvitationsRequest {
  email: string;
}

/** Not tied to one tenant: the API applies the effect to the global user, so every tenant sees `User`. */
export function planAcceptInvitations({ request }: { request: AcceptInvitationsRequest }): PlanResult<Effect> {
  const email = normalizeEmailAddress({ text: request.email });
  if (email === null) return refuse({ code: 'VALIDATION', message: 'Not a valid email address.' });
  return {
    ok: true,
    effects: [
      { type: 'accept-invitations', email },
      auditEffect({ action: 'invitation.accepted', target: `user:${email}`, before: { status: 'User Invitation' }, after: { status: 'User' } }),
    ],
  };
}
