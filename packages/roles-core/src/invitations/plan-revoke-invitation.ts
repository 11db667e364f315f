/**
 * Revoke a pending invitation (R3, R4): the user who never signed in leaves the tenant with every
 * role of their own — application (R12), project, legacy and its departments (R21) — in one change,
 * recorded as one audit event (R24). The rules of removing a member hold: R9 (user management, and
 * nobody takes back a role carrying permissions they do not hold), R11, R15, R17.
 */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult, type Refusal } from '../model/refusal.js';
import type { PrincipalRef } from '../model/tenant-state.js';
import { departmentDepartures } from '../legacy/department-departures.js';
import { refuseLastLegacyAdministrator } from '../legacy/refuse-last-legacy-administrator.js';
import { refusePeerGroupAdminRemoval } from '../legacy/refuse-peer-group-admin-removal.js';
import type { ActorAccess } from '../planners/actor-access.js';
import { auditEffect } from '../planners/audit-effect.js';
import { refuseEscalation } from '../planners/guards/refuse-escalation.js';
import { refuseLastAdministratorRemoval } from '../planners/guards/refuse-last-administrator-removal.js';
import { refuseReferencedLimitedMember } from '../planners/guards/refuse-referenced-limited-member.js';
import { refuseSelfRemoval } from '../planners/guards/refuse-self-removal.js';
import type { AnyProduct, PlanInput } from '../planners/plan-input.js';
import { managePendingInvitation, type PendingInvitation } from './pending-invitation.js';

export interface RevokeInvitationRequest {
  /** The invited user's id. */
  principalId: string;
}

/**
 * R9: taking back an invitation undoes a grant, so it is bounded like giving it — an invitation to
 * a role carrying permissions the actor does not hold is not theirs to revoke.
 */
function refuseRevokingBeyondOwnAccess({
  product,
  access,
  invited,
}: {
  product: AnyProduct;
  access: ActorAccess;
  invited: PendingInvitation;
}): Refusal | undefined {
  const held = [
    ...invited.roles.map((role) => ({ definition: product.applicationRoles[role], projectId: undefined })),
    ...invited.projectGrants.map((grant) => ({ definition: product.projectRoles[grant.role], projectId: grant.projectId })),
    ...invited.legacyRoles.map((role) => ({ definition: product.legacy?.roles[role], projectId: undefined })),
  ];
  for (const { definition, projectId } of held) {
    if (!definition) continue;
    const refusal = refuseEscalation({ access, permissions: definition.permissions, projectId, roleLabel: definition.label });
    if (refusal) return { ...refusal, message: `You cannot revoke an invitation to ${definition.label}: it carries permissions you do not hold.` };
  }
  return undefined;
}

function refuseLeavingTenant({
  input,
  access,
  invited,
}: {
  input: PlanInput<RevokeInvitationRequest>;
  access: ActorAccess;
  invited: PendingInvitation;
}): Refusal | undefined {
  const { product, state, actor } = input;
  const userId = invited.user.id;
  const legacy = product.legacy;
  const legacyRefusal =
    legacy && invited.legacyRoles.length > 0
      ? (refuseLastLegacyAdministrator({ state, userId, userManagementRole: legacy.userManagementRole }) ??
        refusePeerGroupAdminRemoval({ targetRoles: invited.legacyRoles, userManagementRole: legacy.userManagementRole }))
      : undefined;
  return (
    refuseSelfRemoval({ actor, userId }) ??
    refuseLastAdministratorRemoval({ state, userId }) ??
    legacyRefusal ??
    refuseReferencedLimitedMember({ product, state, userId }) ??
    refuseRevokingBeyondOwnAccess({ product, access, invited })
  );
}

export function planRevokeInvitation(input: PlanInput<RevokeInvitationRequest>): PlanResult<Effect> {
  const managed = managePendingInvitation({
    input,
    action: 'revoke invitations',
    onceSignedIn: (email) => `${email} has signed in and accepted the invitation, so there is none to revoke: remove them from their role instead.`,
  });
  if ('refusal' in managed) return refuse(managed.refusal);
  const { access, invited } = managed;
  const refusal = refuseLeavingTenant({ input, access, invited });
  if (refusal) return refuse(refusal);
  const { state } = input;
  const { user, roles, projectGrants, legacyRoles } = invited;
  const principal: PrincipalRef = { kind: 'user', email: user.email };
  const projectRoles = projectGrants.map(({ projectId, role }) => ({ projectId, role }));
  return {
    ok: true,
    effects: [
      ...roles.map((role): Effect => ({ type: 'revoke-application-role', principal, role })),
      ...projectRoles.map(({ projectId, role }): Effect => ({ type: 'revoke-project-role', projectId, principal, role })),
      ...legacyRoles.map((role): Effect => ({ type: 'revoke-legacy-role', email: user.email, role })),
      ...(legacyRoles.length > 0 ? departmentDepartures({ state, user }) : []),
      auditEffect({
        action: 'invitation.revoked',
        target: `user:${user.email}`,
        before: { roles, projectRoles, legacyRoles },
        after: { roles: [], projectRoles: [], legacyRoles: [] },
      }),
    ],
  };
}
