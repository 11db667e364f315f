/**
 * A tenant's state as the rules read it: by key, each answer current, none of them a scan of the
 * tenant. `StateIndex` answers for a state as given (loaded or plain lists); `OverlayIndex` answers
 * for that state with changes applied on top, so a planner or a live tenant reads a million-grant
 * tenant at the cost of what it asks.
 */
import { isDeniedEverything } from '../model/directory-standing.js';
import type {
  ApiKeyRecord,
  ApplicationGrant,
  CommunicationRule,
  Department,
  GroupRecord,
  LegacyGrant,
  ProjectGrant,
  ProjectRecord,
  RecordRow,
  TenantSettings,
  TenantState,
  UserRecord,
} from '../model/tenant-state.js';

/** The state's lists, which a reader makes only when something reads them whole. */
export type ListKey =
  'users' | 'groups' | 'apiKeys' | 'applicationGrants' | 'projects' | 'projectGrants' | 'records' | 'communicationRules' | 'legacyGrants' | 'departments';

export interface TenantReader {
  readonly tenantId: string;
  readonly productId: string;
  readonly roleModel: TenantState['roleModel'];
  readonly settings: TenantSettings;
  userById(userId: string): UserRecord | undefined;
  /** `email` in lower case. When two users share an email, the first listed. */
  userByEmail(email: string): UserRecord | undefined;
  /** Every stored application grant under this holder id, whatever its kind. */
  applicationGrantsOf(holderId: string): readonly ApplicationGrant[];
  /** Every stored project grant under this holder id, whatever its kind. */
  projectGrantsOf(holderId: string): readonly ProjectGrant[];
  legacyGrantsOf(userId: string): readonly LegacyGrant[];
  groupById(groupId: string): GroupRecord | undefined;
  /** The groups listing this (lower-case) member email, once per time they list it (R7). */
  groupsOfEmail(email: string): readonly GroupRecord[];
  apiKeyById(apiKeyId: string): ApiKeyRecord | undefined;
  projectById(projectId: string): ProjectRecord | undefined;
  recordById(recordId: string): RecordRow | undefined;
  recordsAssignedTo(userId: string): readonly RecordRow[];
  ruleById(ruleId: string): CommunicationRule | undefined;
  /** Rules emailing the user, once each. */
  rulesEmailing(userId: string): readonly CommunicationRule[];
  departmentById(departmentId: string): Department | undefined;
  departmentsOf(userId: string): readonly Department[];
  /** Users holding `administrator` directly (R11). */
  administratorCount(): number;
  isDirectAdministrator(userId: string): boolean;
  list<K extends ListKey>(key: K): TenantState[K];
}

const readers = new WeakMap<TenantState, TenantReader>();

/** Files a state made by a reader (a live tenant's or a planner's view) under that reader. */
export function rememberReader({ state, reader }: { state: TenantState; reader: TenantReader }): void {
  readers.set(state, reader);
}

export function rememberedReader({ state }: { state: TenantState }): TenantReader | undefined {
  return readers.get(state);
}

/** Whether a holder's grants include one to it as this kind. */
export function holdsAs({ grants, kind }: { grants: readonly { kind: string }[]; kind: string }): boolean {
  for (const grant of grants) if (grant.kind === kind) return true;
  return false;
}

/**
 * Contract details, "who is a member": a user is in the tenant while anything gives them a place
 * there — a direct application or project role, a legacy role, or a group of theirs (by email,
 * whatever its case, R7) holding a role. Reads the user's own grants and their groups' only.
 */
export function isTenantMember({ reader, userId }: { reader: TenantReader; userId: string }): boolean {
  // Production: a user their directory made inactive is nobody's member while their grants stay stored.
  if (isDeniedEverything(reader.userById(userId))) return false;
  if (holdsAs({ grants: reader.applicationGrantsOf(userId), kind: 'user' }) || holdsAs({ grants: reader.projectGrantsOf(userId), kind: 'user' })) return true;
  if (reader.legacyGrantsOf(userId).length > 0) return true;
  const user = reader.userById(userId);
  if (!user) return false;
  for (const group of reader.groupsOfEmail(user.email.toLowerCase())) {
    if (holdsAs({ grants: reader.applicationGrantsOf(group.id), kind: 'group' }) || holdsAs({ grants: reader.projectGrantsOf(group.id), kind: 'group' }))
      return true;
  }
  return false;
}
