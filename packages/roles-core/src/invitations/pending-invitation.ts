/**
 * R3, R4 (Contract "Invitation status is for display"): an invitation is pending while the user it
 * brought into the tenant holds a role there of their own — application, project or legacy — and
 * has never signed in. A user the tenant knows only through a group was never invited by mail.
 */
import type { ApplicationRoleId, LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { ProjectGrant, TenantState, UserRecord } from '../model/tenant-state.js';
import { accessOf, type ActorAccess } from '../planners/actor-access.js';
import { refuseWithoutPermission } from '../planners/guards/refuse-without-permission.js';
import type { PlanInput } from '../planners/plan-input.js';
import { applicationRolesOf, findUserById, legacyRolesOf, projectGrantsOf } from '../planners/tenant-queries.js';

export interface PendingInvitation {
  user: UserRecord;
  roles: ApplicationRoleId[];
  projectGrants: ProjectGrant[];
  legacyRoles: LegacyRoleId[];
}

/** The invited user and what they hold, or why there is no pending invitation to act on. */
export function findPendingInvitation({
  state,
  userId,
  onceSignedIn,
}: {
  state: TenantState;
  userId: string;
  /** What to tell about a user who has signed in (their invitation was accepted, R4). */
  onceSignedIn: (email: string) => string;
}): PendingInvitation | Refusal {
  const user = findUserById({ state, userId });
  const holdings = user && {
    user,
    roles: applicationRolesOf({ state, principalId: user.id, kind: 'user' }),
    projectGrants: projectGrantsOf({ state, principalId: user.id, kind: 'user' }),
    legacyRoles: legacyRolesOf({ state, userId: user.id }),
  };
  if (!holdings || holdings.roles.length + holdings.projectGrants.length + holdings.legacyRoles.length === 0) {
    return { code: 'NOT_FOUND', message: 'No invitation for that user in this tenant.' };
  }
  if (holdings.user.hasSignedIn) return { code: 'CONFLICT', message: onceSignedIn(holdings.user.email) };
  return holdings;
}

/**
 * R9 first: only user managers act on invitations — then the invitation itself. Answers what the
 * actor holds (for the rules that compare with it) and the invited user, or the refusal.
 */
export function managePendingInvitation({
  input,
  action,
  onceSignedIn,
}: {
  input: PlanInput<{ principalId: string }>;
  action: string;
  onceSignedIn: (email: string) => string;
}): { access: ActorAccess; invited: PendingInvitation } | { refusal: Refusal } {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const forbidden = refuseWithoutPermission({ access, tenantPermission: product.userManagementPermission, action });
  if (forbidden) return { refusal: forbidden };
  const invited = findPendingInvitation({ state, userId: request.principalId, onceSignedIn });
  return 'code' in invited ? { refusal: invited } : { access, invited };
}
