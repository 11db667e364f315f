/** R1–R3, R8, R9: add users, groups or API keys to an application role. */
import type { Effect, MemberOutcome } from '../model/effect.js';
import { APPLICATION_ROLE_IDS, type ApplicationRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { PrincipalRef } from '../model/tenant-state.js';
import { accessOf } from './actor-access.js';
import { EffectApplier } from './apply-effects.js';
import { auditEffect } from './audit-effect.js';
import { refuseEscalation } from './guards/refuse-escalation.js';
import { refuseLastAdministratorRemoval } from './guards/refuse-last-administrator-removal.js';
import { refuseSelfRemoval } from './guards/refuse-self-removal.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import { emptyOutcome, refused, type MemberPlanResult } from './member-plan-result.js';
import { resolveMembersBody, type MembersBody } from './members-body.js';
import type { PlanInput } from './plan-input.js';
import { describePrincipal, isUserInTenant } from './tenant-queries.js';
import { refuseLegacyTenant } from './guards/refuse-legacy-tenant.js';

export type AddApplicationMembersRequest = MembersBody & { role: ApplicationRoleId };

interface PrincipalPlan {
  effects: Effect[];
  record: (outcome: MemberOutcome) => void;
}

/** A user already in the tenant moves (R3); one new to it is invited, with a mail either way. */
function planUser({
  input,
  working,
  email,
}: {
  input: PlanInput<AddApplicationMembersRequest>;
  working: EffectApplier;
  email: string;
}): PrincipalPlan | Refusal {
  const { role } = input.request;
  const principal: PrincipalRef = { kind: 'user', email };
  const user = working.findUser({ email });
  const current = user ? working.applicationGrantsOf({ kind: 'user', principalId: user.id }).map((g) => g.role) : [];
  const grant: Effect = { type: 'grant-application-role', principal, role };
  const target = describePrincipal({ principal });
  if (current.includes(role)) return { effects: [], record: (o) => o.unchanged.push(principal) };
  if (user && current.length > 0) {
    const refusal =
      refuseSelfRemoval({ actor: input.actor, userId: user.id }) ??
      (current.includes('administrator') ? refuseLastAdministratorRemoval({ state: working.state, userId: user.id }) : undefined);
    if (refusal) return refusal;
    const revokes: Effect[] = current.map((from) => ({ type: 'revoke-application-role', principal, role: from }));
    return {
      effects: [...revokes, grant, auditEffect({ action: 'application-role.member.moved', target, before: { roles: current }, after: { roles: [role] } })],
      record: (o) => current.forEach((from) => o.moved.push({ email, from, to: role })),
    };
  }
  const alreadyInTenant = !!user && isUserInTenant({ state: working.state, userId: user.id });
  const invitation: Effect[] = alreadyInTenant ? [] : [{ type: 'send-invitation', email, invitedBy: input.actor }];
  const action = user?.hasSignedIn || alreadyInTenant ? 'application-role.member.added' : 'application-role.member.invited';
  return {
    effects: [grant, ...invitation, auditEffect({ action, target, before: { roles: [] }, after: { roles: [role] } })],
    record: (o) => (user?.hasSignedIn || alreadyInTenant ? o.added.push(principal) : o.invited.push(email)),
  };
}

/** R8: groups and keys may hold several application roles, so adding one never moves them. */
function planHolderOfSeveralRoles({
  input,
  working,
  principal,
}: {
  input: PlanInput<AddApplicationMembersRequest>;
  working: EffectApplier;
  principal: PrincipalRef & { kind: 'group' | 'apiKey' };
}): PrincipalPlan {
  const { role } = input.request;
  const current = working.applicationGrantsOf({ kind: principal.kind, principalId: principal.id }).map((g) => g.role);
  if (current.includes(role)) return { effects: [], record: (o) => o.unchanged.push(principal) };
  return {
    effects: [
      { type: 'grant-application-role', principal, role },
      auditEffect({
        action: 'application-role.member.added',
        target: describePrincipal({ principal }),
        before: { roles: current },
        after: { roles: [...current, role] },
      }),
    ],
    record: (o) => o.added.push(principal),
  };
}

export function planAddApplicationMembers(input: PlanInput<AddApplicationMembersRequest>): MemberPlanResult {
  const { product, state, actor, request } = input;
  if (!APPLICATION_ROLE_IDS.includes(request.role)) {
    return refused({ code: 'VALIDATION', message: `Unknown application role "${String(request.role)}".` });
  }
  const access = accessOf({ product, state, actor });
  const gate =
    refuseLegacyTenant({ state }) ??
    refuseWithoutPermission({ access, tenantPermission: product.userManagementPermission, action: 'manage members' }) ??
    refuseEscalation({
      access,
      permissions: product.applicationRoles[request.role].permissions,
      roleLabel: product.applicationRoles[request.role].label,
    });
  if (gate) return refused(gate);
  const resolved = resolveMembersBody({ state, body: request });
  if (!resolved.ok) return resolved;
  const outcome = emptyOutcome();
  const effects: Effect[] = [];
  // Each principal is planned against the state the previous ones leave, so one request cannot
  // move the last two administrators away one by one.
  const working = new EffectApplier({ state });
  for (const principal of resolved.principals) {
    const plan = principal.kind === 'user' ? planUser({ input, working, email: principal.email }) : planHolderOfSeveralRoles({ input, working, principal });
    if (!('effects' in plan)) return refused(plan);
    plan.record(outcome);
    for (const effect of plan.effects) effects.push(effect);
    working.apply({ effects: plan.effects });
  }
  return { ok: true, effects, outcome };
}
