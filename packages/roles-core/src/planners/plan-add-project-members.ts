/** R16, R16a, R9, R17: give a project role to users, groups or API keys. */
import type { Effect, MemberOutcome } from '../model/effect.js';
import type { Refusal } from '../model/refusal.js';
import type { PrincipalRef, TenantState } from '../model/tenant-state.js';
import { accessOf, type ActorAccess } from './actor-access.js';
import { EffectApplier } from './apply-effects.js';
import { auditEffect } from './audit-effect.js';
import { refuseEscalation } from './guards/refuse-escalation.js';
import { refuseSelfRemoval } from './guards/refuse-self-removal.js';
import { refuseUnassignableProjectRole } from './guards/refuse-unassignable-project-role.js';
import { emptyOutcome, refused, type MemberPlanResult } from './member-plan-result.js';
import { resolveMembersBody, type MembersBody } from './members-body.js';
import type { PlanInput } from './plan-input.js';
import { refuseProjectMembersChange } from './project-members-gate.js';
import { provisionConsumer } from './provision-consumer.js';
import { describePrincipal, principalIdOf, projectGrantsOf } from './tenant-queries.js';

export type AddProjectMembersRequest = MembersBody & { projectId: string; role: string };

interface PrincipalPlan {
  effects: Effect[];
  record: (outcome: MemberOutcome) => void;
}

/**
 * A user holds one project role per project, so a new role replaces the old one (moving yourself
 * is removing yourself, R10); groups and keys may hold several, like application roles (R8).
 */
function planPrincipal({
  input,
  state,
  access,
  principal,
}: {
  input: PlanInput<AddProjectMembersRequest>;
  state: TenantState;
  access: ActorAccess;
  principal: PrincipalRef;
}): PrincipalPlan | Refusal {
  const { projectId, role } = input.request;
  const principalId = principalIdOf({ state, principal });
  const current = principalId ? projectGrantsOf({ state, principalId, kind: principal.kind, projectId }).map((g) => g.role) : [];
  if (current.includes(role)) return { effects: [], record: (o) => o.unchanged.push(principal) };
  const replaced = principal.kind === 'user' ? current : [];
  if (replaced.length > 0) {
    const refusal = refuseSelfRemoval({ actor: input.actor, userId: principalId });
    if (refusal) return refusal;
  }
  // R16a: someone new to the tenant also becomes a consumer and is invited.
  const provision =
    principal.kind === 'user' ? provisionConsumer({ product: input.product, state, actor: input.actor, access, email: principal.email }) : undefined;
  if (provision && !('effects' in provision)) return provision;
  const revokes: Effect[] = replaced.map((from) => ({ type: 'revoke-project-role', projectId, principal, role: from }));
  const audit = auditEffect({
    action: 'project.member.added',
    target: describePrincipal({ principal }),
    before: { projectId, roles: current },
    after: { projectId, roles: [...current.filter((r) => !replaced.includes(r)), role] },
  });
  return {
    effects: [...(provision?.effects ?? []), ...revokes, { type: 'grant-project-role', projectId, principal, role }, audit],
    record: (o) => (provision?.invited && principal.kind === 'user' ? o.invited.push(principal.email) : o.added.push(principal)),
  };
}

export function planAddProjectMembers(input: PlanInput<AddProjectMembersRequest>): MemberPlanResult {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const gate =
    refuseProjectMembersChange({ product, state, access, projectId: request.projectId }) ?? refuseUnassignableProjectRole({ product, role: request.role });
  if (gate) return refused(gate);
  const definition = product.projectRoles[request.role];
  const escalation = definition
    ? refuseEscalation({ access, permissions: definition.permissions, projectId: request.projectId, roleLabel: definition.label })
    : undefined;
  if (escalation) return refused(escalation);
  const resolved = resolveMembersBody({ state, body: request });
  if (!resolved.ok) return resolved;
  const outcome = emptyOutcome();
  const effects: Effect[] = [];
  // One working state for the whole request: each principal is planned against what the previous ones left.
  const working = new EffectApplier({ state });
  for (const principal of resolved.principals) {
    const plan = planPrincipal({ input, state: working.state, access, principal });
    if (!('effects' in plan)) return refused(plan);
    plan.record(outcome);
    for (const effect of plan.effects) effects.push(effect);
    working.apply({ effects: plan.effects });
  }
  return { ok: true, effects, outcome };
}
