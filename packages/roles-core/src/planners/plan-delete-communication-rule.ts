/** R17: deleting a rule drops its references; recipients with none left stop being Limited Members. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import type { PlanInput } from './plan-input.js';
import { refuseReferenceWrite } from './reference-writers.js';
import { findCommunicationRule, findUserById } from './tenant-queries.js';

export interface DeleteCommunicationRuleRequest {
  projectId: string;
  ruleId: string;
}

export function planDeleteCommunicationRule(input: PlanInput<DeleteCommunicationRuleRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const refusal = refuseReferenceWrite({ product, state, access: accessOf({ product, state, actor }), projectId: request.projectId });
  if (refusal) return refuse(refusal);
  const found = findCommunicationRule({ state, ruleId: request.ruleId });
  const rule = found?.projectId === request.projectId ? found : undefined;
  if (!rule) return refuse({ code: 'NOT_FOUND', message: 'No such rule in this project.' });
  const recipients = rule.recipientUserIds.map((id) => findUserById({ state, userId: id })?.email ?? id);
  return {
    ok: true,
    effects: [
      { type: 'delete-communication-rule', ruleId: rule.id },
      auditEffect({
        action: 'communication-rule.deleted',
        target: `communication-rule:${rule.id}`,
        before: { projectId: rule.projectId, name: rule.name, recipients },
        after: null,
      }),
    ],
  };
}
