/** R21: who belongs to a legacy department — what its BI Developers act on. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { auditEffect } from '../planners/audit-effect.js';
import { parseEmailArray } from '../planners/parse-email-list.js';
import type { PlanInput } from '../planners/plan-input.js';
import { findUserByEmail } from '../planners/tenant-queries.js';
import { legacyRolesOf } from './assign-legacy-role.js';
import { refuseLegacyAction } from './legacy-gate.js';

export interface SetDepartmentMembersRequest {
  departmentId: string;
  /** The whole membership; only users holding a legacy role in the tenant may belong. */
  emails: readonly string[];
}

export function planSetDepartmentMembers(input: PlanInput<SetDepartmentMembersRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const gate = refuseLegacyAction({ product, state, actor, action: 'manage departments' });
  if ('refusal' in gate) return refuse(gate.refusal);
  const department = state.departments.find((d) => d.id === request.departmentId);
  if (!department) return refuse({ code: 'NOT_FOUND', message: 'No such department.' });
  const parsed = request.emails.length === 0 ? { ok: true as const, emails: [] } : parseEmailArray({ emails: request.emails });
  if (!parsed.ok) return parsed;
  const strangers = parsed.emails.filter((email) => legacyRolesOf({ state, userId: findUserByEmail({ state, email })?.id }).length === 0);
  // Well-formed addresses of people the tenant does not hold yet: the tenant's state refuses them, not the input.
  if (strangers.length > 0) {
    return refuse({ code: 'CONFLICT', message: `Invite these users before adding them to a department: ${strangers.join(', ')}.` });
  }
  const before = department.memberUserIds.map((id) => state.users.find((u) => u.id === id)?.email ?? id);
  return {
    ok: true,
    effects: [
      { type: 'set-department-members', departmentId: department.id, memberEmails: parsed.emails },
      auditEffect({ action: 'department.members.set', target: `department:${department.id}`, before: { members: before }, after: { members: parsed.emails } }),
    ],
  };
}
