/**
 * Issue 17: deleting a project takes everything that hangs on it with it, in one change: every
 * project role given there (to users, groups and keys; Assist's notified readers among them, R18),
 * and in Monitor its records and communication rules, so the Limited Members they made go too
 * (R17). Nobody loses an application role: a consumer stays a consumer. The preview of the
 * deletion is this plan, run without writing.
 */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import type { PlanInput } from './plan-input.js';
import { projectToAdminister } from './project-administration-gate.js';
import { describePrincipal, principalRefOf } from './tenant-queries.js';

export interface DeleteProjectRequest {
  projectId: string;
}

export function planDeleteProject(input: PlanInput<DeleteProjectRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const found = projectToAdminister({
    product,
    state,
    access: accessOf({ product, state, actor }),
    projectId: request.projectId,
    action: 'delete this project',
  });
  if ('refusal' in found) return refuse(found.refusal);
  const { project } = found;
  // A deletion reads the project's grants from the tenant's list once: it is rare, and names them all anyway.
  const grants = state.projectGrants.filter((grant) => grant.projectId === project.id);
  const records = state.records.filter((record) => record.projectId === project.id);
  const rules = state.communicationRules.filter((rule) => rule.projectId === project.id);
  const revokes = grants.map((grant) => ({
    type: 'revoke-project-role' as const,
    projectId: project.id,
    principal: principalRefOf({ state, principalId: grant.principalId, kind: grant.kind }),
    role: grant.role,
  }));
  const members = [...new Set(revokes.map(({ principal }) => describePrincipal({ principal })))];
  return {
    ok: true,
    effects: [
      ...revokes,
      ...rules.map((rule): Effect => ({ type: 'delete-communication-rule', ruleId: rule.id })),
      ...records.map((record): Effect => ({ type: 'delete-record', recordId: record.id })),
      { type: 'delete-project', projectId: project.id },
      auditEffect({
        action: 'project.deleted',
        target: `project:${project.id}`,
        before: { name: project.name, projectMembers: members, records: records.length, communicationRules: rules.map((rule) => rule.name) },
        after: null,
      }),
    ],
  };
}
