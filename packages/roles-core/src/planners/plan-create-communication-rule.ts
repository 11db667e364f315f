/** R17: a communication rule emails users; each recipient is derived a Limited Member of its project. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { parseEmailArray } from './parse-email-list.js';
import type { PlanInput } from './plan-input.js';
import { provisionReferencedUsers } from './provision-referenced-users.js';
import { refuseReferenceWrite } from './reference-writers.js';
import { findCommunicationRule } from './tenant-queries.js';

export interface CreateCommunicationRuleRequest {
  projectId: string;
  ruleId: string;
  name: string;
  recipients: readonly string[];
}

export function planCreateCommunicationRule(input: PlanInput<CreateCommunicationRuleRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const refusal = refuseReferenceWrite({ product, state, access, projectId: request.projectId });
  if (refusal) return refuse(refusal);
  const name = request.name.trim();
  if (name.length === 0) return refuse({ code: 'VALIDATION', message: 'A rule needs a name.' });
  const recipients = parseEmailArray({ emails: request.recipients });
  if (!recipients.ok) return recipients;
  if (findCommunicationRule({ state, ruleId: request.ruleId })) {
    return refuse({ code: 'CONFLICT', message: 'A rule with this id already exists.' });
  }
  const { projectId, ruleId } = request;
  const provision = provisionReferencedUsers({ product, state, actor, access, emails: recipients.emails });
  if (!provision.ok) return provision;
  return {
    ok: true,
    effects: [
      ...provision.effects,
      { type: 'create-communication-rule', ruleId, projectId, name, recipientEmails: recipients.emails },
      auditEffect({
        action: 'communication-rule.created',
        target: `communication-rule:${ruleId}`,
        before: null,
        after: { projectId, name, recipients: recipients.emails },
      }),
    ],
  };
}
