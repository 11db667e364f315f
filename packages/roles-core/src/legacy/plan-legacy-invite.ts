/** R21: invite a user into a legacy tenant with one of the four roles (and their departments). */
import type { Effect } from '../model/effect.js';
import type { LegacyRoleId } from '../model/product-definition.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { normalizeEmailAddress } from '../planners/email-address.js';
import type { PlanInput } from '../planners/plan-input.js';
import { findUserByEmail } from '../planners/tenant-queries.js';
import { assignLegacyRole } from './assign-legacy-role.js';
import { refuseLegacyAction } from './legacy-gate.js';

export interface LegacyInviteRequest {
  email: string;
  role: LegacyRoleId;
  /** Departments the user joins; what a BI Developer acts on (R21). */
  departmentIds?: readonly string[];
}

export function planLegacyInvite(input: PlanInput<LegacyInviteRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const gate = refuseLegacyAction({ product, state, actor, action: 'invite users' });
  if ('refusal' in gate) return refuse(gate.refusal);
  const email = normalizeEmailAddress({ text: request.email });
  if (email === null) return refuse({ code: 'VALIDATION', message: 'Not a valid email address.' });
  const departmentIds = [...new Set(request.departmentIds ?? [])];
  const unknown = departmentIds.filter((id) => !state.departments.some((d) => d.id === id));
  if (unknown.length > 0) return refuse({ code: 'NOT_FOUND', message: `Unknown department: ${unknown.join(', ')}.` });
  const assigned = assignLegacyRole({ legacy: product.legacy!, state, actor, access: gate.access, email, role: request.role });
  if (!('effects' in assigned)) return refuse(assigned);
  const userId = findUserByEmail({ state, email })?.id;
  const joins = departmentIds.flatMap((departmentId): Effect[] => {
    const department = state.departments.find((d) => d.id === departmentId)!;
    if (userId && department.memberUserIds.includes(userId)) return [];
    const memberEmails = department.memberUserIds.map((id) => state.users.find((u) => u.id === id)?.email ?? id);
    return [{ type: 'set-department-members', departmentId, memberEmails: [...memberEmails, email] }];
  });
  return { ok: true, effects: [...assigned.effects, ...joins] };
}
