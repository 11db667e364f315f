/**
 * R21 through the roles routes: a legacy tenant's four roles take members by the same legacy
 * planners as its Manage Users routes, so both paths keep R10, R11 and R15 alike.
 */
import type { AnyProduct } from '../define-product.js';
import type { Effect } from '../model/effect.js';
import { LEGACY_ROLE_IDS, type LegacyRoleId } from '../model/product-definition.js';
import type { PlanOutcome, Refusal } from '../model/refusal.js';
import type { Actor, PrincipalRef, TenantState } from '../model/tenant-state.js';
import { applyEffects } from '../planners/apply-effects.js';
import type { MembersBody } from '../planners/members-body.js';
import { parseEmailList } from '../planners/parse-email-list.js';
import { planLegacyInvite } from './plan-legacy-invite.js';
import { planLegacyRemove } from './plan-legacy-remove.js';

/** What adding to a legacy role did, in the shape application roles answer (R3). */
export interface LegacyMemberOutcome {
  added: PrincipalRef[];
  invited: string[];
  moved: { email: string; from: LegacyRoleId; to: LegacyRoleId }[];
  unchanged: PrincipalRef[];
}

interface LegacyPlanInput {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  role: LegacyRoleId;
}

export function isLegacyRoleId(roleId: string): roleId is LegacyRoleId {
  return (LEGACY_ROLE_IDS as readonly string[]).includes(roleId);
}

/** A legacy role exists only in a tenant that runs the legacy model, as the role list shows. */
function refuseOutsideLegacyTenant({ product, state }: { product: AnyProduct; state: TenantState }): Refusal | undefined {
  return product.legacy && state.roleModel === 'legacy' ? undefined : { code: 'NOT_FOUND', message: 'Role not found' };
}

function legacyRolesOf({ state, email }: { state: TenantState; email: string }): LegacyRoleId[] {
  const userId = state.users.find((user) => user.email === email)?.id;
  return state.legacyGrants.filter((grant) => grant.userId === userId).map((grant) => grant.role);
}

interface OutcomeEntry {
  outcome: LegacyMemberOutcome;
  effects: Effect[];
  email: string;
  /** The legacy roles the user held before this request. */
  held: LegacyRoleId[];
  role: LegacyRoleId;
}

function recordOutcome({ outcome, effects, email, held, role }: OutcomeEntry): void {
  const principal: PrincipalRef = { kind: 'user', email };
  if (effects.length === 0) outcome.unchanged.push(principal);
  else if (effects.some((effect) => effect.type === 'send-invitation')) outcome.invited.push(email);
  else if (held.length > 0) held.filter((from) => from !== role).forEach((from) => outcome.moved.push({ email, from, to: role }));
  else outcome.added.push(principal);
}

/**
 * R2 list, R3 invite or move, R21: each address goes through the legacy invite planner against
 * the state the previous ones leave, so one request cannot demote the last Group Admins in turn.
 */
export function planAddLegacyRoleMembers({ product, state, actor, role, body }: LegacyPlanInput & { body: MembersBody }): PlanOutcome<LegacyMemberOutcome> {
  const outside = refuseOutsideLegacyTenant({ product, state });
  if (outside) return { ok: false, refusal: outside };
  // A well-formed request the tenant's model refuses until it is migrated: CONFLICT, as for application roles.
  if (body.kind !== 'user') {
    return {
      ok: false,
      refusal: { code: 'CONFLICT', message: 'Legacy roles hold users only; groups and API keys can hold roles once the tenant is migrated.' },
    };
  }
  const parsed = parseEmailList({ text: body.emails });
  if (!parsed.ok) return parsed;
  const outcome: LegacyMemberOutcome = { added: [], invited: [], moved: [], unchanged: [] };
  const effects: Effect[] = [];
  let working = state;
  for (const email of parsed.emails) {
    const planned = planLegacyInvite({ product, state: working, actor, request: { email, role } });
    if (!planned.ok) return planned;
    recordOutcome({ outcome, effects: planned.effects, email, held: legacyRolesOf({ state: working, email }), role });
    effects.push(...planned.effects);
    working = applyEffects({ state: working, effects: planned.effects });
  }
  return { ok: true, effects, outcome };
}

/** R10, R15 (and R11 through them): removing a member of a legacy role removes the user from the tenant. */
export function planRemoveLegacyRoleMember({
  product,
  state,
  actor,
  role,
  principalId,
}: LegacyPlanInput & { principalId: string }): PlanOutcome<{ removed: { roleId: string; principalId: string } }> {
  const outside = refuseOutsideLegacyTenant({ product, state });
  if (outside) return { ok: false, refusal: outside };
  if (!state.legacyGrants.some((grant) => grant.userId === principalId && grant.role === role)) {
    return { ok: false, refusal: { code: 'NOT_FOUND', message: 'No such member of this role.' } };
  }
  const planned = planLegacyRemove({ product, state, actor, request: { userId: principalId } });
  return planned.ok ? { ok: true, effects: planned.effects, outcome: { removed: { roleId: role, principalId } } } : planned;
}
