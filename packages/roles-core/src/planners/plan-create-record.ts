/** R17: a new results row, possibly assigned at once. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { normalizeAssignee } from './normalize-assignee.js';
import type { PlanInput } from './plan-input.js';
import { provisionReferencedUsers } from './provision-referenced-users.js';
import { refuseReferenceWrite } from './reference-writers.js';
import { findCommunicationRule, findRecord } from './tenant-queries.js';

export interface CreateRecordRequest {
  projectId: string;
  recordId: string;
  assigneeEmail: string | null;
  /** The communication rule of the project that emails about this record (Contract "Monitor records and rules"). */
  ruleId?: string | null;
}

export function planCreateRecord(input: PlanInput<CreateRecordRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const refusal = refuseReferenceWrite({ product, state, access, projectId: request.projectId });
  if (refusal) return refuse(refusal);
  const ruleId = request.ruleId ?? null;
  if (ruleId !== null && findCommunicationRule({ state, ruleId })?.projectId !== request.projectId) {
    return refuse({ code: 'NOT_FOUND', message: 'No such communication rule in this project.' });
  }
  if (findRecord({ state, recordId: request.recordId })) {
    return refuse({ code: 'CONFLICT', message: 'A record with this id already exists.' });
  }
  const assignee = normalizeAssignee({ email: request.assigneeEmail });
  if (!assignee.ok) return refuse({ code: 'VALIDATION', message: 'The assignee is not a valid email address.' });
  const { projectId, recordId } = request;
  const provision = provisionReferencedUsers({ product, state, actor, access, emails: assignee.email ? [assignee.email] : [] });
  if (!provision.ok) return provision;
  return {
    ok: true,
    effects: [
      ...provision.effects,
      { type: 'create-record', recordId, projectId, assigneeEmail: assignee.email, ruleId },
      auditEffect({ action: 'record.created', target: `record:${recordId}`, before: null, after: { projectId, assignee: assignee.email, ruleId } }),
    ],
  };
}
