/**
 * R16a, R17, R18: a user named by a project action who has no place in the tenant yet becomes a
 * `consumer` and is invited, so the project access they were given can actually be used. R9 holds
 * for that role too: an actor who lacks one of its permissions cannot bring anyone in with it.
 */
import type { Effect } from '../model/effect.js';
import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import type { ActorAccess } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseEscalation } from './guards/refuse-escalation.js';
import type { AnyProduct } from './plan-input.js';
import { findUserByEmail, isUserInTenant } from './tenant-queries.js';

export interface ConsumerProvision {
  effects: Effect[];
  /** True when the user is new to the tenant and has never signed in: shown as `User Invitation`. */
  invited: boolean;
}

export function provisionConsumer({
  product,
  state,
  actor,
  access,
  email,
}: {
  product: AnyProduct;
  state: TenantState;
  /** Who brings them in: recorded with the invitation. */
  actor: Actor;
  access: ActorAccess;
  email: string;
}): ConsumerProvision | Refusal {
  const user = findUserByEmail({ state, email });
  if (user && isUserInTenant({ state, userId: user.id })) return { effects: [], invited: false };
  const consumer = product.applicationRoles.consumer;
  const escalation = refuseEscalation({ access, permissions: consumer.permissions, roleLabel: consumer.label });
  if (escalation) return { ...escalation, message: `Adding ${email} would make them ${consumer.label}, which carries permissions you do not hold.` };
  const principal = { kind: 'user', email } as const;
  return {
    effects: [
      { type: 'grant-application-role', principal, role: 'consumer' },
      { type: 'send-invitation', email, invitedBy: actor },
      auditEffect({ action: 'application-role.member.invited', target: `user:${email}`, before: { roles: [] }, after: { roles: ['consumer'] } }),
    ],
    invited: !user?.hasSignedIn,
  };
}
