/** R21, R10, R15: remove a user from a legacy tenant: their role and their department memberships. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { auditEffect } from '../planners/audit-effect.js';
import { refuseSelfRemoval } from '../planners/guards/refuse-self-removal.js';
import type { PlanInput } from '../planners/plan-input.js';
import { findUserById } from '../planners/tenant-queries.js';
import { legacyRolesOf } from './assign-legacy-role.js';
import { departmentDepartures } from './department-departures.js';
import { refuseLegacyAction } from './legacy-gate.js';
import { refusePeerGroupAdminRemoval } from './refuse-peer-group-admin-removal.js';

export interface LegacyRemoveRequest {
  userId: string;
}

export function planLegacyRemove(input: PlanInput<LegacyRemoveRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const gate = refuseLegacyAction({ product, state, actor, action: 'remove users' });
  if ('refusal' in gate) return refuse(gate.refusal);
  const user = findUserById({ state, userId: request.userId });
  const roles = legacyRolesOf({ state, userId: user?.id });
  if (!user || roles.length === 0) return refuse({ code: 'NOT_FOUND', message: 'No such user in this tenant.' });
  const refusal =
    refuseSelfRemoval({ actor, userId: user.id }) ??
    refusePeerGroupAdminRemoval({ targetRoles: roles, userManagementRole: product.legacy!.userManagementRole });
  if (refusal) return refuse(refusal);
  const departures = departmentDepartures({ state, user });
  return {
    ok: true,
    effects: [
      ...roles.map((role): Effect => ({ type: 'revoke-legacy-role', email: user.email, role })),
      ...departures,
      auditEffect({ action: 'legacy-role.removed', target: `user:${user.email}`, before: { roles }, after: { roles: [] } }),
    ],
  };
}
