/**
 * A `TenantReader` over one state as given: grants per holder read from the grant groups through
 * the principal table's interned holders (no grant object until one is asked for), users through
 * id and email indexes over their columns, and the small lists indexed on first use.
 */
import { buildAdjacency, type Adjacency } from '../decisions/adjacency.js';
import { PrincipalTable } from '../decisions/principal-table.js';
import { grantGroupsOf, type ApplicationGrantGroup, type GrantGroups, type ProjectGrantGroup } from '../model/grant-groups.js';
import { PackedIds, type HolderIds } from '../model/packed-ids.js';
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
  TenantState,
  UserRecord,
} from '../model/tenant-state.js';
import { rememberedUserColumns, userAt, userColumnsOf, type UserColumns } from '../model/user-columns.js';
import { rememberReader, rememberedReader, type ListKey, type TenantReader } from './tenant-reader.js';

const NONE: readonly never[] = [];

/** One kind of grant per holder: an adjacency over principal indexes, and holders the table does not know by id. */
class HolderGrants<Group extends { principalIds: HolderIds }, Grant> {
  private readonly byPrincipal: Adjacency;
  private readonly unresolved = new Map<string, number[]>();

  constructor({
    groups,
    holders,
    size,
    make,
  }: {
    groups: readonly Group[];
    /** The principal index of each holder, group after group (-1: a group or key the state lacks). */
    holders: Int32Array;
    /** How many principals there are. */
    size: number;
    make: (group: Group, holderId: string) => Grant;
  }) {
    this.groups = groups;
    this.make = make;
    const values = new Int32Array(holders.length);
    let at = 0;
    groups.forEach((group, index) => {
      const first = at;
      values.fill(index, at, (at += group.principalIds.length));
      let ids: readonly string[] | null = null;
      for (let i = first; i < at; i++) {
        if (holders[i]! >= 0) continue;
        ids ??= group.principalIds instanceof PackedIds ? group.principalIds.list() : group.principalIds;
        pushTo(this.unresolved, ids[i - first]!, index);
      }
    });
    this.byPrincipal = buildAdjacency({ size, owners: holders, values });
  }

  private readonly groups: readonly Group[];
  private readonly make: (group: Group, holderId: string) => Grant;

  of(principal: number, holderId: string): Grant[] {
    const indexes: ArrayLike<number> =
      principal < 0 ? (this.unresolved.get(holderId) ?? NONE) : principal + 1 < this.byPrincipal.start.length ? this.slice(principal) : NONE;
    const grants: Grant[] = [];
    for (let i = 0; i < indexes.length; i++) grants.push(this.make(this.groups[indexes[i]!]!, holderId));
    return grants;
  }

  /** Whether the principal is a holder of the group at `groupIndex`. */
  holds(principal: number, groupIndex: number): boolean {
    if (principal < 0 || principal + 1 >= this.byPrincipal.start.length) return false;
    const { start, values } = this.byPrincipal;
    for (let i = start[principal]!; i < start[principal + 1]!; i++) if (values[i] === groupIndex) return true;
    return false;
  }

  private slice(principal: number): Int32Array {
    const { start, values } = this.byPrincipal;
    return values.subarray(start[principal], start[principal + 1]);
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

export class StateIndex implements TenantReader {
  readonly tenantId: string;
  readonly productId: string;
  readonly roleModel: TenantState['roleModel'];
  readonly settings: TenantState['settings'];
  readonly principals: PrincipalTable;
  /** The users as columns (as loaded, or made from the list). */
  readonly columns: UserColumns;
  /** The user objects of a state given as lists, read as they are. */
  private readonly listedUsers: readonly UserRecord[] | null;
  /** Column positions by id and by email, made only for columns that list an id twice (principal `i` is column `i` otherwise). */
  private unaligned: { byId: Map<string, number>; byEmail: Map<string, number> } | null = null;
  private readonly application: HolderGrants<ApplicationGrantGroup, ApplicationGrant>;
  private readonly project: HolderGrants<ProjectGrantGroup, ProjectGrant>;
  private readonly administratorGroups: number[] = [];
  private administrators: number | null = null;
  private legacy: Map<string, LegacyGrant[]> | null = null;
  private groups: Map<string, GroupRecord> | null = null;
  private groupsByEmail: Map<string, GroupRecord[]> | null = null;
  private keys: Map<string, ApiKeyRecord> | null = null;
  private projects: Map<string, ProjectRecord> | null = null;
  private records: { byId: Map<string, RecordRow>; byAssignee: Map<string, RecordRow[]> } | null = null;
  private rules: { byId: Map<string, CommunicationRule>; byRecipient: Map<string, CommunicationRule[]> } | null = null;
  private departments: { byId: Map<string, Department>; byMember: Map<string, Department[]> } | null = null;

  constructor({ state, principals, grantGroups = grantGroupsOf({ state }) }: { state: TenantState; principals?: PrincipalTable; grantGroups?: GrantGroups }) {
    this.state = state;
    this.tenantId = state.tenantId;
    this.productId = state.productId;
    this.roleModel = state.roleModel;
    this.settings = state.settings;
    this.principals = principals ?? new PrincipalTable({ state, grantGroups });
    const remembered = rememberedUserColumns({ state });
    this.columns = remembered ?? userColumnsOf({ state });
    this.listedUsers = remembered ? null : state.users;
    // Users are found through the principal table's indexes, which already hold every id and email.
    if (this.principals.columnUsers !== this.columns.ids.length) {
      const byId = new Map<string, number>();
      const byEmail = new Map<string, number>();
      this.columns.ids.forEach((id, at) => byId.has(id) || byId.set(id, at));
      this.columns.emails.forEach((email, at) => byEmail.has(email) || byEmail.set(email, at));
      this.unaligned = { byId, byEmail };
    }
    const size = this.principals.size;
    this.application = new HolderGrants({
      groups: grantGroups.application,
      holders: this.principals.applicationGrantPrincipals,
      size,
      make: ({ role, kind }, principalId) => ({ principalId, kind, role }),
    });
    this.project = new HolderGrants({
      groups: grantGroups.project,
      holders: this.principals.projectGrantPrincipals,
      size,
      make: ({ projectId, role, kind }, principalId) => ({ projectId, principalId, kind, role }),
    });
    grantGroups.application.forEach((group, index) => {
      if (group.kind === 'user' && group.role === 'administrator') this.administratorGroups.push(index);
    });
    this.grantGroups = grantGroups;
  }

  private readonly state: TenantState;
  /** The grants as groups, in the order the principal table interned their holders. */
  readonly grantGroups: GrantGroups;

  userById(userId: string): UserRecord | undefined {
    const at = this.unaligned ? (this.unaligned.byId.get(userId) ?? -1) : this.principals.indexOfId(userId);
    return at >= 0 && this.columns.ids[at] === userId ? this.userAt(at) : undefined;
  }

  userByEmail(email: string): UserRecord | undefined {
    const at = this.unaligned ? (this.unaligned.byEmail.get(email) ?? -1) : this.principals.indexOfEmail(email);
    return at >= 0 && this.columns.emails[at] === email ? this.userAt(at) : undefined;
  }

  applicationGrantsOf(holderId: string): readonly ApplicationGrant[] {
    return this.application.of(this.principals.indexOfId(holderId), holderId);
  }

  projectGrantsOf(holderId: string): readonly ProjectGrant[] {
    return this.project.of(this.principals.indexOfId(holderId), holderId);
  }

  legacyGrantsOf(userId: string): readonly LegacyGrant[] {
    if (!this.legacy) {
      this.legacy = new Map();
      for (const grant of this.state.legacyGrants) pushTo(this.legacy, grant.userId, grant);
    }
    return this.legacy.get(userId) ?? NONE;
  }

  groupById(groupId: string): GroupRecord | undefined {
    return (this.groups ??= firstById(this.state.groups)).get(groupId);
  }

  groupsOfEmail(email: string): readonly GroupRecord[] {
    if (!this.groupsByEmail) {
      this.groupsByEmail = new Map();
      for (const group of this.state.groups) for (const member of group.memberEmails) pushTo(this.groupsByEmail, member.toLowerCase(), group);
    }
    return this.groupsByEmail.get(email) ?? NONE;
  }

  apiKeyById(apiKeyId: string): ApiKeyRecord | undefined {
    return (this.keys ??= firstById(this.state.apiKeys)).get(apiKeyId);
  }

  projectById(projectId: string): ProjectRecord | undefined {
    return (this.projects ??= firstById(this.state.projects)).get(projectId);
  }

  recordById(recordId: string): RecordRow | undefined {
    return this.recordIndex().byId.get(recordId);
  }

  recordsAssignedTo(userId: string): readonly RecordRow[] {
    return this.recordIndex().byAssignee.get(userId) ?? NONE;
  }

  ruleById(ruleId: string): CommunicationRule | undefined {
    return this.ruleIndex().byId.get(ruleId);
  }

  rulesEmailing(userId: string): readonly CommunicationRule[] {
    return this.ruleIndex().byRecipient.get(userId) ?? NONE;
  }

  departmentById(departmentId: string): Department | undefined {
    return this.departmentIndex().byId.get(departmentId);
  }

  departmentsOf(userId: string): readonly Department[] {
    return this.departmentIndex().byMember.get(userId) ?? NONE;
  }

  administratorCount(): number {
    if (this.administrators === null) {
      // Distinct holders, counted over principal indexes: no string per administrator.
      const seen = new Uint8Array(this.principals.size);
      let count = 0;
      const holders = this.principals.applicationGrantPrincipals;
      let at = 0;
      this.grantGroups.application.forEach((group, index) => {
        const first = at;
        at += group.principalIds.length;
        if (!this.administratorGroups.includes(index)) return;
        for (let i = first; i < at; i++) {
          const p = holders[i]!;
          if (p < 0 || seen[p] === 1) continue;
          seen[p] = 1;
          count++;
        }
      });
      this.administrators = count;
    }
    return this.administrators;
  }

  isDirectAdministrator(userId: string): boolean {
    const principal = this.principals.indexOfId(userId);
    return this.administratorGroups.some((index) => this.application.holds(principal, index));
  }

  list<K extends ListKey>(key: K): TenantState[K] {
    return this.state[key];
  }

  private userAt(at: number): UserRecord {
    if (this.listedUsers) return this.listedUsers[at]!;
    return userAt({ columns: this.columns, at });
  }

  private recordIndex(): NonNullable<StateIndex['records']> {
    if (!this.records) {
      const byAssignee = new Map<string, RecordRow[]>();
      for (const record of this.state.records) if (record.assigneeUserId !== null) pushTo(byAssignee, record.assigneeUserId, record);
      this.records = { byId: firstById(this.state.records), byAssignee };
    }
    return this.records;
  }

  private ruleIndex(): NonNullable<StateIndex['rules']> {
    if (!this.rules) {
      const byRecipient = new Map<string, CommunicationRule[]>();
      for (const rule of this.state.communicationRules) for (const userId of new Set(rule.recipientUserIds)) pushTo(byRecipient, userId, rule);
      this.rules = { byId: firstById(this.state.communicationRules), byRecipient };
    }
    return this.rules;
  }

  private departmentIndex(): NonNullable<StateIndex['departments']> {
    if (!this.departments) {
      const byMember = new Map<string, Department[]>();
      for (const department of this.state.departments) for (const userId of department.memberUserIds) pushTo(byMember, userId, department);
      this.departments = { byId: firstById(this.state.departments), byMember };
    }
    return this.departments;
  }
}

/**
 * The reader for a state: the one that made it (a live tenant's or a planner's view), or an index
 * built over it on first use and kept with it.
 */
export function readerOf({ state }: { state: TenantState }): TenantReader {
  let reader = rememberedReader({ state });
  if (!reader) rememberReader({ state, reader: (reader = new StateIndex({ state })) });
  return reader;
}
