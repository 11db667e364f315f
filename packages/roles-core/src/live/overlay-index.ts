/**
 * A `TenantReader` for a state with changes applied on top of another reader: what a change
 * touches is kept here by key, and everything else is read through, so applying a change costs
 * what the change names (a holder's grants, a group's members, a record, …), never the tenant.
 * Effects mean here what `applyEffects` makes of them for plain lists. Whoever keeps decisions
 * over the state hears, through `OverlayListener`, which principals and places a change touched.
 */
import type { Effect } from '../model/effect.js';
import { membersAfter, type GroupMembersChange, type TenantChange } from '../model/tenant-change.js';
import type {
  ApiKeyRecord,
  ApplicationGrant,
  CommunicationRule,
  Department,
  GroupRecord,
  LegacyGrant,
  PrincipalKind,
  PrincipalRef,
  ProjectGrant,
  ProjectRecord,
  RecordRow,
  TenantSettings,
  TenantState,
  UserRecord,
} from '../model/tenant-state.js';
import { holdsAs, rememberReader, type ListKey, type TenantReader } from './tenant-reader.js';
import { joinsByGroup, revokedGroupIds } from '../planners/apply-tenant-change.js';

/** What a change touched, as decisions over the state need to hear it. */
export interface OverlayListener {
  /** A principal's grants, record or existence may have changed: by id (user, group or key), or by a user's (lower-case) email. */
  touchId(id: string): void;
  touchEmail(email: string): void;
  /** A project id came to be named (a project, a department, a record's or a rule's project, a grant's); `departmentId` when a project is made from a department (R22). */
  project(projectId: string, departmentId?: string | null): void;
  /** A record was created or reassigned. */
  record(record: RecordRow): void;
  /** A record was deleted: no check can name it any more. */
  recordDeleted(recordId: string): void;
  /** The change reaches every principal's decisions at once (the role model). */
  restructure(): void;
}

const IGNORE: OverlayListener = { touchId() {}, touchEmail() {}, project() {}, record() {}, recordDeleted() {}, restructure() {} };

const defaultNewUserId = (email: string) => `user:${email}`;

/** Keyed lists changed here; a key not changed reads through to the parent. */
class ListOverlay<T> {
  readonly changed = new Map<string, readonly T[]>();

  constructor(private readonly parentOf: (key: string) => readonly T[]) {}

  get(key: string): readonly T[] {
    return this.changed.get(key) ?? this.parentOf(key);
  }

  set(key: string, items: readonly T[]): void {
    this.changed.set(key, items);
  }
}

/** Grants per holder changed here, and every grant made here in the order it was made. */
class GrantOverlay<T extends object> extends ListOverlay<T> {
  readonly made: T[] = [];

  constructor(
    parentOf: (key: string) => readonly T[],
    private readonly holderOf: (grant: T) => string,
    private readonly same: (a: T, b: T) => boolean,
  ) {
    super(parentOf);
  }

  add(key: string, grant: T): void {
    this.set(key, [...this.get(key), this.remember(grant)]);
  }

  /** Files a grant as made here (for the list's order) and hands it back. */
  remember(grant: T): T {
    this.made.push(grant);
    return grant;
  }

  /**
   * The parent's grants still held, in their order, then those made here and still held, in the
   * order they were made: what filtering revoked grants out and appending new ones gives.
   */
  list(parent: readonly T[]): T[] {
    if (this.changed.size === 0) return [...parent];
    const made = new Set<T>(this.made);
    const items: T[] = [];
    for (const grant of parent) {
      const held = this.changed.get(this.holderOf(grant));
      if (!held || held.some((kept) => !made.has(kept) && this.same(kept, grant))) items.push(grant);
    }
    for (const grant of this.made) if (this.changed.get(this.holderOf(grant))?.includes(grant)) items.push(grant);
    return items;
  }
}

/** Records by id changed here (`null`: deleted), and the ids new here in the order they came. */
class RecordOverlay<T extends { id: string }> {
  readonly changed = new Map<string, T | null>();
  readonly added: string[] = [];

  constructor(private readonly parentOf: (id: string) => T | undefined) {}

  get(id: string): T | undefined {
    const changed = this.changed.get(id);
    return changed === undefined ? this.parentOf(id) : (changed ?? undefined);
  }

  set(id: string, item: T | null): void {
    if (!this.changed.has(id) && this.parentOf(id) === undefined) this.added.push(id);
    this.changed.set(id, item);
  }

  /** The parent's list with changes and deletions applied in place, then what is new here. */
  list(parent: readonly T[]): T[] {
    if (this.changed.size === 0) return [...parent];
    const items: T[] = [];
    for (const item of parent) {
      const changed = this.changed.get(item.id);
      if (changed === undefined) items.push(item);
      else if (changed !== null) items.push(changed);
    }
    for (const id of this.added) {
      const item = this.changed.get(id);
      if (item) items.push(item);
    }
    return items;
  }
}

export class OverlayIndex implements TenantReader {
  readonly tenantId: string;
  readonly productId: string;
  roleModel: TenantState['roleModel'];
  settings: TenantSettings;
  /** Bumped by every change; lists and views are made once per version. */
  version = 0;
  private readonly users: RecordOverlay<UserRecord>;
  /** Emails whose owner changed here (`null`: nobody's now). */
  private readonly emailOwners = new Map<string, string | null>();
  private readonly applicationGrants: GrantOverlay<ApplicationGrant>;
  private readonly projectGrants: GrantOverlay<ProjectGrant>;
  private readonly legacyGrants: GrantOverlay<LegacyGrant>;
  private readonly administrators = new Map<string, boolean>();
  private administratorDelta = 0;
  private readonly groups: RecordOverlay<GroupRecord>;
  private readonly groupsByEmail: ListOverlay<GroupRecord>;
  private readonly apiKeys: RecordOverlay<ApiKeyRecord>;
  private readonly projects: RecordOverlay<ProjectRecord>;
  private readonly records: RecordOverlay<RecordRow>;
  private readonly recordsByAssignee: ListOverlay<RecordRow>;
  private readonly rules: RecordOverlay<CommunicationRule>;
  private readonly rulesByRecipient: ListOverlay<CommunicationRule>;
  private readonly departments: RecordOverlay<Department>;
  private readonly departmentsByMember: ListOverlay<Department>;
  private lists = new Map<ListKey, unknown>();
  private view: { version: number; state: TenantState } | null = null;

  constructor(
    private readonly parent: TenantReader,
    private readonly listener: OverlayListener = IGNORE,
  ) {
    this.tenantId = parent.tenantId;
    this.productId = parent.productId;
    this.roleModel = parent.roleModel;
    this.settings = parent.settings;
    this.users = new RecordOverlay((id) => parent.userById(id));
    this.applicationGrants = new GrantOverlay(
      (id) => parent.applicationGrantsOf(id),
      (g) => g.principalId,
      (a, b) => a.kind === b.kind && a.role === b.role,
    );
    this.projectGrants = new GrantOverlay(
      (id) => parent.projectGrantsOf(id),
      (g) => g.principalId,
      (a, b) => a.kind === b.kind && a.projectId === b.projectId && a.role === b.role,
    );
    this.legacyGrants = new GrantOverlay(
      (id) => parent.legacyGrantsOf(id),
      (g) => g.userId,
      (a, b) => a.role === b.role,
    );
    this.groups = new RecordOverlay((id) => parent.groupById(id));
    this.groupsByEmail = new ListOverlay((email) => parent.groupsOfEmail(email));
    this.apiKeys = new RecordOverlay((id) => parent.apiKeyById(id));
    this.projects = new RecordOverlay((id) => parent.projectById(id));
    this.records = new RecordOverlay((id) => parent.recordById(id));
    this.recordsByAssignee = new ListOverlay((id) => parent.recordsAssignedTo(id));
    this.rules = new RecordOverlay((id) => parent.ruleById(id));
    this.rulesByRecipient = new ListOverlay((id) => parent.rulesEmailing(id));
    this.departments = new RecordOverlay((id) => parent.departmentById(id));
    this.departmentsByMember = new ListOverlay((id) => parent.departmentsOf(id));
  }

  /** How many keys the changes so far touched: what a rebuild would fold back into a fresh base. */
  get size(): number {
    return (
      this.users.changed.size +
      this.applicationGrants.changed.size +
      this.projectGrants.changed.size +
      this.legacyGrants.changed.size +
      this.groupsByEmail.changed.size +
      this.records.changed.size +
      this.rulesByRecipient.changed.size +
      this.departmentsByMember.changed.size
    );
  }

  /** What the changes did to users and grants, for folding them back into a fresh base: records and grant lists by id. */
  changedUsers(): { changed: ReadonlyMap<string, UserRecord | null>; added: readonly string[] } {
    return this.users;
  }

  changedGrantHolders(): { application: ReadonlyMap<string, readonly ApplicationGrant[]>; project: ReadonlyMap<string, readonly ProjectGrant[]> } {
    return { application: this.applicationGrants.changed, project: this.projectGrants.changed };
  }

  // Reads ------------------------------------------------------------------------------------

  userById(userId: string): UserRecord | undefined {
    return this.users.get(userId);
  }

  userByEmail(email: string): UserRecord | undefined {
    if (this.emailOwners.has(email)) {
      const owner = this.emailOwners.get(email);
      return owner == null ? undefined : this.users.get(owner);
    }
    const found = this.parent.userByEmail(email);
    if (!found) return undefined;
    const current = this.users.get(found.id);
    return current?.email === email ? current : undefined;
  }

  applicationGrantsOf(holderId: string): readonly ApplicationGrant[] {
    return this.applicationGrants.get(holderId);
  }

  projectGrantsOf(holderId: string): readonly ProjectGrant[] {
    return this.projectGrants.get(holderId);
  }

  legacyGrantsOf(userId: string): readonly LegacyGrant[] {
    return this.legacyGrants.get(userId);
  }

  groupById(groupId: string): GroupRecord | undefined {
    return this.groups.get(groupId);
  }

  groupsOfEmail(email: string): readonly GroupRecord[] {
    return this.groupsByEmail.get(email);
  }

  apiKeyById(apiKeyId: string): ApiKeyRecord | undefined {
    return this.apiKeys.get(apiKeyId);
  }

  projectById(projectId: string): ProjectRecord | undefined {
    return this.projects.get(projectId);
  }

  recordById(recordId: string): RecordRow | undefined {
    return this.records.get(recordId);
  }

  recordsAssignedTo(userId: string): readonly RecordRow[] {
    return this.recordsByAssignee.get(userId);
  }

  ruleById(ruleId: string): CommunicationRule | undefined {
    return this.rules.get(ruleId);
  }

  rulesEmailing(userId: string): readonly CommunicationRule[] {
    return this.rulesByRecipient.get(userId);
  }

  departmentById(departmentId: string): Department | undefined {
    return this.departments.get(departmentId);
  }

  departmentsOf(userId: string): readonly Department[] {
    return this.departmentsByMember.get(userId);
  }

  administratorCount(): number {
    return this.parent.administratorCount() + this.administratorDelta;
  }

  isDirectAdministrator(userId: string): boolean {
    return this.administrators.get(userId) ?? this.parent.isDirectAdministrator(userId);
  }

  list<K extends ListKey>(key: K): TenantState[K] {
    let items = this.lists.get(key) as TenantState[K] | undefined;
    if (!items) this.lists.set(key, (items = this.makeList(key)));
    return items;
  }

  /**
   * The state as a `TenantState`: one object per version, its lists made on first read. Read after
   * a later change, it reads the state after that change: take a new one per request.
   */
  state(): TenantState {
    if (this.view?.version === this.version) return this.view.state;
    const list = <K extends ListKey>(key: K) => ({ enumerable: true, get: () => this.list(key) });
    const state = Object.defineProperties(
      { tenantId: this.tenantId, productId: this.productId, roleModel: this.roleModel, settings: this.settings },
      {
        users: list('users'),
        groups: list('groups'),
        apiKeys: list('apiKeys'),
        applicationGrants: list('applicationGrants'),
        projects: list('projects'),
        projectGrants: list('projectGrants'),
        records: list('records'),
        communicationRules: list('communicationRules'),
        legacyGrants: list('legacyGrants'),
        departments: list('departments'),
      },
    ) as TenantState;
    rememberReader({ state, reader: this });
    this.view = { version: this.version, state };
    return state;
  }

  // Changes ----------------------------------------------------------------------------------

  /** Applies a plan's effects, in order; a user named by email that the tenant lacks gets `newUserId(email)`. */
  applyEffects({ effects, newUserId = defaultNewUserId }: { effects: readonly Effect[]; newUserId?: (email: string) => string }): void {
    if (effects.length === 0) return;
    this.changed();
    for (const effect of effects) this.applyOne(effect, newUserId);
  }

  /** Applies a committed change: its effects, then the directory's groups and the users' stored records (see `applyTenantChange`). */
  applyChange({ change }: { change: TenantChange }): void {
    this.changed();
    const settledIds = new Map(change.users.map((user) => [user.email.toLowerCase(), user.id]));
    this.applyEffects({ effects: change.effects, newUserId: (email) => settledIds.get(email) ?? defaultNewUserId(email) });
    const removed = new Set(change.removedGroupIds);
    for (const group of change.groups) if (!removed.has(group.id) && this.holdsGrant(group.id)) this.setGroup(group.id, group);
    for (const members of change.groupMembers ?? []) if (!removed.has(members.groupId)) this.changeGroupMembers(members);
    // The state holds the groups that hold a grant, as a load reads them: one whose last grant the change revoked leaves it.
    for (const groupId of revokedGroupIds({ change })) if (!this.holdsGrant(groupId)) removed.add(groupId);
    for (const groupId of removed) if (this.groups.get(groupId)) this.setGroup(groupId, null);
    for (const user of change.users) if (this.users.get(user.id) || joinsByGroup({ reader: this, user })) this.setUser(user);
  }

  private changed(): void {
    this.version++;
    if (this.lists.size > 0) this.lists = new Map();
  }

  private applyOne(effect: Effect, newUserId: (email: string) => string): void {
    switch (effect.type) {
      case 'grant-application-role': {
        const { kind } = effect.principal;
        const principalId = this.idOf(effect.principal, newUserId);
        const held = this.applicationGrants.get(principalId);
        if (held.some((g) => g.kind === kind && g.role === effect.role)) return;
        this.setApplicationGrants(principalId, [...held, this.applicationGrants.remember({ principalId, kind, role: effect.role })]);
        this.touchHolder(kind, principalId);
        return;
      }
      case 'revoke-application-role': {
        const { kind } = effect.principal;
        const principalId = this.idOf(effect.principal, newUserId);
        const held = this.applicationGrants.get(principalId);
        const kept = held.filter((g) => !(g.kind === kind && g.role === effect.role));
        if (kept.length === held.length) return;
        this.setApplicationGrants(principalId, kept);
        this.touchHolder(kind, principalId);
        return;
      }
      case 'grant-project-role': {
        const { kind } = effect.principal;
        const { projectId, role } = effect;
        const principalId = this.idOf(effect.principal, newUserId);
        const held = this.projectGrants.get(principalId);
        if (held.some((g) => g.kind === kind && g.projectId === projectId && g.role === role)) return;
        this.projectGrants.add(principalId, { projectId, principalId, kind, role });
        this.listener.project(projectId);
        this.touchHolder(kind, principalId);
        return;
      }
      case 'revoke-project-role': {
        const { kind } = effect.principal;
        const principalId = this.idOf(effect.principal, newUserId);
        const held = this.projectGrants.get(principalId);
        const kept = held.filter((g) => !(g.kind === kind && g.projectId === effect.projectId && g.role === effect.role));
        if (kept.length === held.length) return;
        this.projectGrants.set(principalId, kept);
        this.touchHolder(kind, principalId);
        return;
      }
      case 'delete-api-key': {
        const id = effect.apiKeyId;
        if (this.apiKeys.get(id)) this.apiKeys.set(id, null);
        const application = this.applicationGrants.get(id);
        if (holdsAs({ grants: application, kind: 'apiKey' }))
          this.setApplicationGrants(
            id,
            application.filter((g) => g.kind !== 'apiKey'),
          );
        const project = this.projectGrants.get(id);
        if (holdsAs({ grants: project, kind: 'apiKey' }))
          this.projectGrants.set(
            id,
            project.filter((g) => g.kind !== 'apiKey'),
          );
        this.listener.touchId(id);
        return;
      }
      case 'create-api-key': {
        const { apiKeyId: id, description, createdAt, expiresAt, allowedIps } = effect;
        if (!this.apiKeys.get(id)) this.apiKeys.set(id, { id, description, createdAt, expiresAt, allowedIps });
        this.listener.touchId(id);
        return;
      }
      case 'create-project': {
        const { projectId: id, name, departmentId } = effect;
        if (!this.projects.get(id)) this.projects.set(id, { id, name, departmentId });
        this.listener.project(id, departmentId);
        return;
      }
      case 'rename-project': {
        const project = this.projects.get(effect.projectId);
        if (project && project.name !== effect.name) this.projects.set(project.id, { ...project, name: effect.name });
        return;
      }
      case 'delete-project':
        // Its grants, records and rules went by effects of their own (see the effect). The project's
        // place, which a department's id may share (R22), goes with a rebuild: deletions are rare.
        if (this.projects.get(effect.projectId)) this.projects.set(effect.projectId, null);
        this.listener.restructure();
        return;
      case 'grant-legacy-role': {
        const userId = this.ensureUser(effect.email, newUserId);
        const held = this.legacyGrants.get(userId);
        if (held.some((g) => g.role === effect.role)) return;
        this.legacyGrants.add(userId, { userId, role: effect.role });
        this.touchUser(userId);
        return;
      }
      case 'revoke-legacy-role': {
        const userId = this.ensureUser(effect.email, newUserId);
        const held = this.legacyGrants.get(userId);
        const kept = held.filter((g) => g.role !== effect.role);
        if (kept.length === held.length) return;
        this.legacyGrants.set(userId, kept);
        this.touchUser(userId);
        return;
      }
      case 'set-role-model':
        if (this.roleModel === effect.roleModel) return;
        this.roleModel = effect.roleModel;
        this.listener.restructure();
        return;
      case 'set-settings':
        if (JSON.stringify(this.settings) === JSON.stringify(effect.settings)) return;
        this.settings = effect.settings;
        // R16: a setting is part of every decision (who may create projects), so it reaches every principal.
        this.listener.restructure();
        return;
      case 'accept-invitations': {
        const user = this.userByEmail(effect.email.toLowerCase());
        if (user && !user.hasSignedIn) this.setUser({ ...user, hasSignedIn: true });
        return;
      }
      case 'create-record': {
        const assigneeUserId = effect.assigneeEmail === null ? null : this.ensureUser(effect.assigneeEmail, newUserId);
        // Changes recorded before records had rules name none.
        this.setRecord({ id: effect.recordId, projectId: effect.projectId, assigneeUserId, ruleId: effect.ruleId ?? null });
        return;
      }
      case 'set-record-assignee': {
        const assigneeUserId = effect.assigneeEmail === null ? null : this.ensureUser(effect.assigneeEmail, newUserId);
        const record = this.records.get(effect.recordId);
        if (record && record.assigneeUserId !== assigneeUserId) this.setRecord({ ...record, assigneeUserId });
        return;
      }
      case 'delete-record': {
        const record = this.records.get(effect.recordId);
        if (record) this.deleteRecord(record);
        return;
      }
      case 'create-communication-rule': {
        const recipientUserIds = effect.recipientEmails.map((email) => this.ensureUser(email, newUserId));
        this.setRule(effect.ruleId, { id: effect.ruleId, projectId: effect.projectId, name: effect.name, recipientUserIds });
        return;
      }
      case 'delete-communication-rule':
        if (this.rules.get(effect.ruleId)) this.setRule(effect.ruleId, null);
        return;
      case 'create-department':
        this.setDepartment({ id: effect.departmentId, name: effect.name, memberUserIds: [] });
        return;
      case 'set-department-members': {
        const memberUserIds = effect.memberEmails.map((email) => this.ensureUser(email, newUserId));
        const department = this.departments.get(effect.departmentId);
        if (department) this.setDepartment({ ...department, memberUserIds });
        return;
      }
      case 'send-invitation':
      case 'resend-invitation':
      case 'audit':
        return;
      default: {
        const unknownEffect: never = effect;
        throw new Error(`Unknown effect ${JSON.stringify(unknownEffect)}`);
      }
    }
  }

  private idOf(principal: PrincipalRef, newUserId: (email: string) => string): string {
    return principal.kind === 'user' ? this.ensureUser(principal.email, newUserId) : principal.id;
  }

  /** The id of the user with this email, creating an invited user the tenant has never seen. */
  private ensureUser(email: string, newUserId: (email: string) => string): string {
    const lower = email.toLowerCase();
    const existing = this.userByEmail(lower);
    if (existing) return existing.id;
    const created: UserRecord = { id: newUserId(lower), email: lower, name: lower, hasSignedIn: false, guest: false };
    this.setUser(created);
    return created.id;
  }

  private setUser(user: UserRecord): void {
    const before = this.users.get(user.id);
    this.users.set(user.id, user);
    if (before && before.email !== user.email) {
      if (this.userByEmail(before.email)?.id === user.id) this.emailOwners.set(before.email, null);
      this.listener.touchEmail(before.email);
    }
    // The first user listed under an email keeps it, as the plain lists read it.
    if (!before || before.email !== user.email) {
      const owner = this.userByEmail(user.email);
      if (!owner || owner.id === user.id) this.emailOwners.set(user.email, user.id);
    }
    this.listener.touchId(user.id);
    this.listener.touchEmail(user.email);
  }

  private setApplicationGrants(holderId: string, grants: readonly ApplicationGrant[]): void {
    const wasAdministrator = this.isDirectAdministrator(holderId);
    this.applicationGrants.set(holderId, grants);
    const isAdministrator = grants.some((g) => g.kind === 'user' && g.role === 'administrator');
    if (wasAdministrator === isAdministrator) return;
    this.administrators.set(holderId, isAdministrator);
    this.administratorDelta += isAdministrator ? 1 : -1;
  }

  private setGroup(groupId: string, group: GroupRecord | null): void {
    const before = this.groups.get(groupId);
    for (const email of new Set(before?.memberEmails.map((member) => member.toLowerCase()))) {
      this.groupsByEmail.set(
        email,
        this.groupsByEmail.get(email).filter((g) => g.id !== groupId),
      );
      this.listener.touchEmail(email);
    }
    this.groups.set(groupId, group);
    for (const member of group?.memberEmails ?? []) {
      const email = member.toLowerCase();
      this.groupsByEmail.set(email, [...this.groupsByEmail.get(email), group!]);
      this.listener.touchEmail(email);
    }
    this.listener.touchId(groupId);
  }

  /**
   * R7 by member: only the emails added and removed are touched, so a membership change of a large
   * group costs what it changed. Other members' `groupsOfEmail` entries keep the record they had:
   * its id and name are the group's (a rename comes as a whole record, through `setGroup`).
   */
  private changeGroupMembers(change: GroupMembersChange): void {
    const before = this.groups.get(change.groupId);
    if (!before) return;
    const after: GroupRecord = { ...before, memberEmails: membersAfter({ memberEmails: before.memberEmails, change }) };
    this.groups.set(change.groupId, after);
    const previous = new Set(before.memberEmails.map((member) => member.toLowerCase()));
    const current = new Set(after.memberEmails.map((member) => member.toLowerCase()));
    for (const email of change.removed) {
      if (!previous.has(email) || current.has(email)) continue;
      this.groupsByEmail.set(
        email,
        this.groupsByEmail.get(email).filter((group) => group.id !== change.groupId),
      );
      this.listener.touchEmail(email);
    }
    for (const email of change.added) {
      if (previous.has(email) || !current.has(email)) continue;
      this.groupsByEmail.set(email, [...this.groupsByEmail.get(email), after]);
      this.listener.touchEmail(email);
    }
    this.listener.touchId(change.groupId);
  }

  private setRecord(record: RecordRow): void {
    const before = this.records.get(record.id);
    if (before?.assigneeUserId != null) {
      this.recordsByAssignee.set(
        before.assigneeUserId,
        this.recordsByAssignee.get(before.assigneeUserId).filter((r) => r.id !== record.id),
      );
      this.touchUser(before.assigneeUserId);
    }
    this.records.set(record.id, record);
    if (record.assigneeUserId !== null) {
      this.recordsByAssignee.set(record.assigneeUserId, [...this.recordsByAssignee.get(record.assigneeUserId), record]);
      this.touchUser(record.assigneeUserId);
    }
    this.listener.project(record.projectId);
    this.listener.record(record);
  }

  private deleteRecord(record: RecordRow): void {
    if (record.assigneeUserId !== null) {
      this.recordsByAssignee.set(
        record.assigneeUserId,
        this.recordsByAssignee.get(record.assigneeUserId).filter((r) => r.id !== record.id),
      );
      this.touchUser(record.assigneeUserId);
    }
    this.records.set(record.id, null);
    this.listener.recordDeleted(record.id);
  }

  private setRule(ruleId: string, rule: CommunicationRule | null): void {
    const before = this.rules.get(ruleId);
    for (const userId of new Set(before?.recipientUserIds)) {
      this.rulesByRecipient.set(
        userId,
        this.rulesByRecipient.get(userId).filter((r) => r.id !== ruleId),
      );
      this.touchUser(userId);
    }
    this.rules.set(ruleId, rule);
    if (!rule) return;
    for (const userId of new Set(rule.recipientUserIds)) {
      this.rulesByRecipient.set(userId, [...this.rulesByRecipient.get(userId), rule]);
      this.touchUser(userId);
    }
    this.listener.project(rule.projectId);
  }

  private setDepartment(department: Department): void {
    const before = this.departments.get(department.id);
    for (const userId of new Set(before?.memberUserIds)) {
      this.departmentsByMember.set(
        userId,
        this.departmentsByMember.get(userId).filter((d) => d.id !== department.id),
      );
      this.touchUser(userId);
    }
    this.departments.set(department.id, department);
    for (const userId of department.memberUserIds) {
      this.departmentsByMember.set(userId, [...this.departmentsByMember.get(userId), department]);
      this.touchUser(userId);
    }
    this.listener.project(department.id);
  }

  /** A holder's grants changed: a group's change reaches its members (R7). */
  private touchHolder(kind: PrincipalKind, holderId: string): void {
    if (kind === 'user') return this.touchUser(holderId);
    this.listener.touchId(holderId);
    if (kind !== 'group') return;
    for (const member of this.groups.get(holderId)?.memberEmails ?? []) this.listener.touchEmail(member.toLowerCase());
  }

  /** Whether the group holds an application or project role. */
  private holdsGrant(groupId: string): boolean {
    return holdsAs({ grants: this.applicationGrantsOf(groupId), kind: 'group' }) || holdsAs({ grants: this.projectGrantsOf(groupId), kind: 'group' });
  }

  private touchUser(userId: string): void {
    this.listener.touchId(userId);
    const email = this.users.get(userId)?.email;
    if (email !== undefined) this.listener.touchEmail(email);
  }

  private makeList<K extends ListKey>(key: K): TenantState[K] {
    const lists: { [L in ListKey]: () => TenantState[L] } = {
      users: () => this.users.list(this.parent.list('users')),
      groups: () => this.groups.list(this.parent.list('groups')),
      apiKeys: () => this.apiKeys.list(this.parent.list('apiKeys')),
      projects: () => this.projects.list(this.parent.list('projects')),
      records: () => this.records.list(this.parent.list('records')),
      communicationRules: () => this.rules.list(this.parent.list('communicationRules')),
      departments: () => this.departments.list(this.parent.list('departments')),
      applicationGrants: () => this.applicationGrants.list(this.parent.list('applicationGrants')),
      projectGrants: () => this.projectGrants.list(this.parent.list('projectGrants')),
      legacyGrants: () => this.legacyGrants.list(this.parent.list('legacyGrants')),
    };
    return lists[key]();
  }
}
