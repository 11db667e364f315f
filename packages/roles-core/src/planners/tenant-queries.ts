/**
 * Read-only questions planners ask of a tenant's state, answered from the state's reader (see
 * `readerOf`): a live tenant's or a planner's view reads its indexes, any other state gets an index
 * on first use. None of them scans the tenant, so planning one member costs the same at a million.
 */
import { grantGroupsOf } from '../model/grant-groups.js';
import { isTenantMember } from '../live/tenant-reader.js';
import { readerOf } from '../live/state-index.js';
import { APPLICATION_ROLE_IDS, type ApplicationRoleId, type LegacyRoleId } from '../model/product-definition.js';
import type {
  ApiKeyRecord,
  ApplicationGrant,
  CommunicationRule,
  GroupRecord,
  PrincipalKind,
  RecordRow,
  PrincipalRef,
  ProjectGrant,
  TenantState,
  UserRecord,
} from '../model/tenant-state.js';

export function findUserByEmail({ state, email }: { state: TenantState; email: string }): UserRecord | undefined {
  return readerOf({ state }).userByEmail(email.toLowerCase());
}

export function findUserById({ state, userId }: { state: TenantState; userId: string }): UserRecord | undefined {
  return readerOf({ state }).userById(userId);
}

/** The id a principal's grants are stored under, or undefined for a user the tenant has never seen. */
export function principalIdOf({ state, principal }: { state: TenantState; principal: PrincipalRef }): string | undefined {
  return principal.kind === 'user' ? findUserByEmail({ state, email: principal.email })?.id : principal.id;
}

/** The principal a stored grant belongs to, in the form effects name it. */
export function principalRefOf({ state, principalId, kind }: { state: TenantState; principalId: string; kind: PrincipalKind }): PrincipalRef {
  if (kind !== 'user') return { kind, id: principalId };
  const user = findUserById({ state, userId: principalId });
  return { kind: 'user', email: user?.email ?? principalId };
}

export function describePrincipal({ principal }: { principal: PrincipalRef }): string {
  return principal.kind === 'user' ? `user:${principal.email}` : `${principal.kind}:${principal.id}`;
}

export function applicationGrantsOf({ state, principalId, kind }: { state: TenantState; principalId: string; kind: PrincipalKind }): ApplicationGrant[] {
  return inRoleOrder(
    readerOf({ state })
      .applicationGrantsOf(principalId)
      .filter((grant) => grant.kind === kind),
  );
}

/**
 * A holder's application grants in the order of the roles (consumer, project creator, administrator):
 * what plans and audit records list is the same however the grants were stored or loaded.
 */
export function inRoleOrder<Grant extends { role: ApplicationRoleId }>(grants: Grant[]): Grant[] {
  return grants.sort((a, b) => APPLICATION_ROLE_IDS.indexOf(a.role) - APPLICATION_ROLE_IDS.indexOf(b.role));
}

/** A holder's project grants by project, then role. */
function inProjectOrder(grants: ProjectGrant[]): ProjectGrant[] {
  return grants.sort((a, b) => compareText(a.projectId, b.projectId) || compareText(a.role, b.role));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function applicationRolesOf(input: { state: TenantState; principalId: string; kind: PrincipalKind }): ApplicationRoleId[] {
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
  return inProjectOrder(
    readerOf({ state })
      .projectGrantsOf(principalId)
      .filter((grant) => grant.kind === kind && (projectId === undefined || grant.projectId === projectId)),
  );
}

/** How many users hold `administrator` directly, invited ones included (R11). */
export function directAdministratorCount({ state }: { state: TenantState }): number {
  return readerOf({ state }).administratorCount();
}

export function isDirectAdministrator({ state, userId }: { state: TenantState; userId: string }): boolean {
  return readerOf({ state }).isDirectAdministrator(userId);
}

/** Groups of the tenant whose directory membership includes the user now, by email whatever its case (R7). */
export function groupIdsOfUser({ state, email }: { state: TenantState; email: string }): string[] {
  return [
    ...new Set(
      readerOf({ state })
        .groupsOfEmail(email.toLowerCase())
        .map((group) => group.id),
    ),
  ];
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
    const emails = new Set(state.groups.filter((group) => groupIds.has(group.id)).flatMap((group) => group.memberEmails.map((email) => email.toLowerCase())));
    if (emails.size > 0) for (const user of state.users) if (emails.has(user.email.toLowerCase())) ids.add(user.id);
    members = ids;
    membersByState.set(state, members);
  }
  return members;
}

/** Contract details, "who is a member" (see `isTenantMember`): read from the state's indexes, never a scan. */
export function isUserInTenant({ state, userId }: { state: TenantState; userId: string }): boolean {
  return isTenantMember({ reader: readerOf({ state }), userId });
}

export function findApiKey({ state, apiKeyId }: { state: TenantState; apiKeyId: string }): ApiKeyRecord | undefined {
  return readerOf({ state }).apiKeyById(apiKeyId);
}

export function findGroup({ state, groupId }: { state: TenantState; groupId: string }): GroupRecord | undefined {
  return readerOf({ state }).groupById(groupId);
}

export function findRecord({ state, recordId }: { state: TenantState; recordId: string }): RecordRow | undefined {
  return readerOf({ state }).recordById(recordId);
}

export function findCommunicationRule({ state, ruleId }: { state: TenantState; ruleId: string }): CommunicationRule | undefined {
  return readerOf({ state }).ruleById(ruleId);
}

/** Every stored grant under the holder id, whatever its kind (a request names a member by id alone). */
export function grantsUnderId({ state, principalId }: { state: TenantState; principalId: string }): {
  application: readonly ApplicationGrant[];
  project: readonly ProjectGrant[];
} {
  const reader = readerOf({ state });
  return { application: reader.applicationGrantsOf(principalId), project: reader.projectGrantsOf(principalId) };
}

/** Records assigned to the user and rules emailing them (R17). */
export function referencesTo({ state, userId }: { state: TenantState; userId: string }): {
  records: readonly RecordRow[];
  rules: readonly CommunicationRule[];
} {
  const reader = readerOf({ state });
  return { records: reader.recordsAssignedTo(userId), rules: reader.rulesEmailing(userId) };
}

export function legacyRolesOf({ state, userId }: { state: TenantState; userId: string }): LegacyRoleId[] {
  return readerOf({ state })
    .legacyGrantsOf(userId)
    .map((grant) => grant.role);
}
