/** R21, R15, R11: change a legacy user's role (the first step before removing a Group Admin). */
import type { Effect } from '../model/effect.js';
import type { LegacyRoleId } from '../model/product-definition.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import type { PlanInput } from '../planners/plan-input.js';
import { findUserById } from '../planners/tenant-queries.js';
import { assignLegacyRole, legacyRolesOf } from './assign-legacy-role.js';
import { refuseLegacyAction } from './legacy-gate.js';

export interface LegacyChangeRoleRequest {
  userId: string;
  role: LegacyRoleId;
}

export function planLegacyChangeRole(input: PlanInput<LegacyChangeRoleRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const gate = refuseLegacyAction({ product, state, actor, action: 'change user roles' });
  if ('refusal' in gate) return refuse(gate.refusal);
  const user = findUserById({ state, userId: request.userId });
  if (!user || legacyRolesOf({ state, userId: user.id }).length === 0) {
    return refuse({ code: 'NOT_FOUND', message: 'No such user in this tenant.' });
  }
  const assigned = assignLegacyRole({ legacy: product.legacy!, state, actor, access: gate.access, email: user.email, role: request.role });
  return 'effects' in assigned ? { ok: true, effects: assigned.effects } : refuse(assigned);
}
