/** R17: set or clear who a results row is assigned to; an assignment derives a Limited Member. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { normalizeAssignee } from './normalize-assignee.js';
import type { PlanInput } from './plan-input.js';
import { provisionReferencedUsers } from './provision-referenced-users.js';
import { refuseReferenceWrite } from './reference-writers.js';
import { findRecord, findUserById } from './tenant-queries.js';

export interface AssignRecordRequest {
  projectId: string;
  recordId: string;
  /** `null` clears the assignment. */
  assigneeEmail: string | null;
}

export function planAssignRecord(input: PlanInput<AssignRecordRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const refusal = refuseReferenceWrite({ product, state, access, projectId: request.projectId, recordId: request.recordId });
  if (refusal) return refuse(refusal);
  const record = findRecord({ state, recordId: request.recordId })!;
  const assignee = normalizeAssignee({ email: request.assigneeEmail });
  if (!assignee.ok) return refuse({ code: 'VALIDATION', message: 'The assignee is not a valid email address.' });
  const previous = record.assigneeUserId ? (findUserById({ state, userId: record.assigneeUserId })?.email ?? null) : null;
  if (previous === assignee.email) return { ok: true, effects: [] };
  // Clearing or moving the last reference ends the previous assignee's Limited Member role by itself:
  // it is derived, and they stay a consumer (Contract details).
  const provision = provisionReferencedUsers({ product, state, actor, access, emails: assignee.email ? [assignee.email] : [] });
  if (!provision.ok) return provision;
  return {
    ok: true,
    effects: [
      ...provision.effects,
      { type: 'set-record-assignee', recordId: record.id, assigneeEmail: assignee.email },
      auditEffect({ action: 'record.assigned', target: `record:${record.id}`, before: { assignee: previous }, after: { assignee: assignee.email } }),
    ],
  };
}
