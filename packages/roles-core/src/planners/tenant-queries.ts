/** Read-only questions planners ask of a tenant's state. */
import { grantGroupsOf } from '../model/grant-groups.js';
import type { ApplicationRoleId } from '../model/product-definition.js';
import type {
  ApplicationGrant,
  PrincipalKind,
  PrincipalRef,
  ProjectGrant,
  TenantState,
  UserRecord,
} from '../model/tenant-state.js';

export function findUserByEmail({ state, email }: { state: TenantState; email: string }): UserRecord | undefined {
  const wanted = email.toLowerCase();
  return state.users.find((user) => user.email === wanted);
}

export function findUserById({ state, userId }: { state: TenantState; userId: string }): UserRecord | undefined {
  return state.users.find((user) => user.id === userId);
}

/** The id a principal's grants are stored under, or undefined for a user the tenant has never seen. */
export function principalIdOf({ state, principal }: { state: TenantState; principal: PrincipalRef }): string | undefined {
  return principal.kind === 'user' ? findUserByEmail({ state, email: principal.email })?.id : principal.id;
}

/** The principal a stored grant belongs to, in the form effects name it. */
export function principalRefOf({
  state,
  principalId,
  kind,
}: {
  state: TenantState;
  principalId: string;
  kind: PrincipalKind;
}): PrincipalRef {
  if (kind !== 'user') return { kind, id: principalId };
  const user = findUserById({ state, userId: principalId });
  return { kind: 'user', email: user?.email ?? principalId };
}

export function describePrincipal({ principal }: { principal: PrincipalRef }): string {
  return principal.kind === 'user' ? `user:${principal.email}` : `${principal.kind}:${principal.id}`;
}

export function applicationGrantsOf({
  state,
  principalId,
  kind,
}: {
  state: TenantState;
  principalId: string;
  kind: PrincipalKind;
}): ApplicationGrant[] {
  return state.applicationGrants.filter((grant) => grant.principalId === principalId && grant.kind === kind);
}

export function applicationRolesOf(input: {
  state: TenantState;
  principalId: string;
  kind: PrincipalKind;
}): ApplicationRoleId[] {
  return applicationGrantsOf(input).map((grant) => grant.role);
}

export function projectGrantsOf({
  state,
  principalId,
  kind,
  projectId,
}: {
  state: TenantState;
  principalId: string;
  kind: PrincipalKind;
  projectId?: string;
}): ProjectGrant[] {
  return state.projectGrants.filter(
    (grant) =>
      grant.principalId === principalId &&
      grant.kind === kind &&
      (projectId === undefined || grant.projectId === projectId),
  );
}

/** Users holding `administrator` directly, invited ones included (R11). */
export function directAdministratorIds({ state }: { state: TenantState }): string[] {
  return state.applicationGrants
    .filter((grant) => grant.kind === 'user' && grant.role === 'administrator')
    .map((grant) => grant.principalId);
}

/** Groups of the tenant whose directory membership includes the user now (R7). */
export function groupIdsOfUser({ state, email }: { state: TenantState; email: string }): string[] {
  return state.groups.filter((group) => group.memberEmails.includes(email)).map((group) => group.id);
}

const membersByState = new WeakMap<TenantState, ReadonlySet<string>>();

/**
 * Every user `isUserInTenant` answers yes for, built once per state: lists of every user ask it
 * per user, where a scan of the grants each time would make them quadratic.
 */
export function tenantMemberIds({ state }: { state: TenantState }): ReadonlySet<string> {
  let members = membersByState.get(state);
  if (!members) {
    const ids = new Set<string>(state.legacyGrants.map((grant) => grant.userId));
    const groupIds = new Set<string>();
    const { application, project } = grantGroupsOf({ state });
    for (const groups of [application, project]) {
      for (const { kind, principalIds } of groups) {
        const into = kind === 'user' ? ids : kind === 'group' ? groupIds : null;
        if (into) for (const principalId of principalIds) into.add(principalId);
      }
    }
    const emails = new Set(state.groups.filter((group) => groupIds.has(group.id)).flatMap((group) => group.memberEmails));
    if (emails.size > 0) for (const user of state.users) if (emails.has(user.email)) ids.add(user.id);
    members = ids;
    membersByState.set(state, members);
  }
  return members;
}

/**
 * A user is in the tenant while anything gives them a place there: a direct application role,
 * a project role, a legacy role, or a group of theirs holding a role (Contract details: who is a member).
 * Planners ask it of a state that changes with every address they plan, so it scans rather than
 * building `tenantMemberIds` each time.
 */
export function isUserInTenant({ state, userId }: { state: TenantState; userId: string }): boolean {
  const user = findUserById({ state, userId });
  const holdsDirectly =
    state.applicationGrants.some((grant) => grant.kind === 'user' && grant.principalId === userId) ||
    state.projectGrants.some((grant) => grant.kind === 'user' && grant.principalId === userId) ||
    state.legacyGrants.some((grant) => grant.userId === userId);
  if (holdsDirectly || !user) return holdsDirectly;
  const groupIds = new Set(groupIdsOfUser({ state, email: user.email }));
  return (
    state.applicationGrants.some((grant) => grant.kind === 'group' && groupIds.has(grant.principalId)) ||
    state.projectGrants.some((grant) => grant.kind === 'group' && groupIds.has(grant.principalId))
  );
}
