/** R16, R10, R17: take a principal's project roles away on one project. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseReferencedLimitedMember } from './guards/refuse-referenced-limited-member.js';
import { refuseSelfRemoval } from './guards/refuse-self-removal.js';
import type { PlanInput } from './plan-input.js';
import { isLimitedMember } from './limited-member-references.js';
import { refuseProjectMembersChange } from './project-members-gate.js';
import { describePrincipal, findUserById, grantsUnderId, principalRefOf } from './tenant-queries.js';

export interface RemoveProjectMemberRequest {
  projectId: string;
  principalId: string;
  /** One role only; without it every project role the principal holds there. */
  role?: string;
}

export function planRemoveProjectMember(input: PlanInput<RemoveProjectMemberRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const { projectId, principalId } = request;
  const access = accessOf({ product, state, actor });
  const gate = refuseProjectMembersChange({ product, state, access, projectId });
  if (gate) return refuse(gate);
  const held = grantsUnderId({ state, principalId }).project.filter((g) => g.projectId === projectId);
  const grants = held.filter((g) => request.role === undefined || g.role === request.role);
  const isUser = findUserById({ state, userId: principalId }) !== undefined;
  const selfRefusal = refuseSelfRemoval({ actor, userId: isUser ? principalId : undefined });
  if (selfRefusal) return refuse(selfRefusal);
  if (grants.length === 0) {
    // A derived Limited Member has no stored grant: while references exist it cannot be removed (R17).
    // Someone whose references do not make them one (they hold a role there, maybe through a group) holds no such role.
    const asLimitedMember =
      isUser &&
      (request.role === undefined || request.role === product.limitedMembers?.projectRole) &&
      isLimitedMember({ product, state, userId: principalId, projectId });
    const referenced = asLimitedMember ? refuseReferencedLimitedMember({ product, state, userId: principalId, projectId }) : undefined;
    return refuse(referenced ?? { code: 'NOT_FOUND', message: 'That member holds no such role on this project.' });
  }
  const effects: Effect[] = grants.map((grant) => ({
    type: 'revoke-project-role',
    projectId,
    principal: principalRefOf({ state, principalId, kind: grant.kind }),
    role: grant.role,
  }));
  const first = grants[0]!;
  const principal = principalRefOf({ state, principalId, kind: first.kind });
  const before = held.map((g) => g.role);
  const removed = new Set(grants.map((g) => g.role));
  const audit = auditEffect({
    action: 'project.member.removed',
    target: describePrincipal({ principal }),
    before: { projectId, roles: before },
    after: { projectId, roles: before.filter((role) => !removed.has(role)) },
  });
  return { ok: true, effects: [...effects, audit] };
}
