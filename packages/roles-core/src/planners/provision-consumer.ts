/**
 * R16a, R17, R18: a user named by a project action who has no place in the tenant yet becomes a
 * `consumer` and is invited, so the project access they were given can actually be used.
 */
import type { Effect } from '../model/effect.js';
import type { TenantState } from '../model/tenant-state.js';
import { auditEffect } from './audit-effect.js';
import { findUserByEmail, isUserInTenant } from './tenant-queries.js';

export interface ConsumerProvision {
  effects: Effect[];
  /** True when the user is new to the tenant and has never signed in: shown as `User Invitation`. */
  invited: boolean;
}

export function provisionConsumer({ state, email }: { state: TenantState; email: string }): ConsumerProvision {
  const user = findUserByEmail({ state, email });
  if (user && isUserInTenant({ state, userId: user.id })) return { effects: [], invited: false };
  const principal = { kind: 'user', email } as const;
  return {
    effects: [
      { type: 'grant-application-role', principal, role: 'consumer' },
      { type: 'send-invitation', email },
      auditEffect({ action: 'application-role.member.invited', target: `user:${email}`, before: { roles: [] }, after: { roles: ['consumer'] } }),
    ],
    invited: !user?.hasSignedIn,
  };
}
