/**
 * A tenant's decisions kept current change by change. The tenant is compiled once (the base);
 * each `TenantChange` then goes into an `OverlayIndex` over the base's `StateIndex`, which says
 * which principals the change touched (the user or key named, a group's members, a record's
 * assignee, a rule's recipients, …). `can` answers a principal no change touched from the base's
 * folded masks, as fast as a compiled tenant (one flag read more); a touched or new principal is
 * answered from its grants collected over the current indexes, cached until a change touches it
 * again. Applying a change therefore costs what the change names, not the tenant.
 *
 * When the overlay holds more than a quarter of the base, the tenant is compiled afresh from its
 * current state and the overlay starts empty: a rebuild costs O(tenant) once per O(tenant)
 * touched keys, so each change stays amortised O(its own size). A change of the role model
 * reaches every principal at once and rebuilds at the next `apply`, as does a project made from a
 * department both of which already had places of their own (R22).
 *
 * One difference from a fresh compile, until the next rebuild: a project id that only grants ever
 * named (no such project, department, record or rule) stays a place a check can name after its
 * last grant goes, so tenant-wide permissions still answer there; a fresh compile forgets it.
 */
import type { AnyProduct } from '../define-product.js';
import {
  allowedByGrants,
  ANYWHERE,
  effectivePermissionsFromGrants,
  explainFromGrants,
  NOWHERE,
  type EffectivePermissions,
  type Place,
} from '../decisions/answers-from-grants.js';
import type { CheckQuery, PrincipalSelector } from '../decisions/check-query.js';
import { rememberDecisions } from '../decisions/decisions-of-state.js';
import { collectGrants, type Grant, type PrincipalDescriptor } from '../decisions/collect-grants.js';
import { CompiledTenant, NOT_A_RECORD } from '../decisions/compile-tenant.js';
import type { Explanation } from '../decisions/reason.js';
import type { TenantDecisions } from '../decisions/tenant-decisions.js';
import type { TenantLookup } from '../decisions/tenant-lookup.js';
import { isDeniedEverything } from '../model/directory-standing.js';
import { grantGroupsOf } from '../model/grant-groups.js';
import type { TenantChange } from '../model/tenant-change.js';
import type { RecordRow, TenantState } from '../model/tenant-state.js';
import { foldOverlay } from './fold-overlay.js';
import { OverlayIndex, type OverlayListener } from './overlay-index.js';
import { StateIndex } from './state-index.js';
import { holdsAs, isTenantMember, type TenantReader } from './tenant-reader.js';

/** Below this many overlaid keys a tenant never rebuilds: a small tenant's overlay costs nothing worth folding back. */
const REBUILD_FLOOR = 1_024;
/** The share of the base (in principals) the overlay may reach before the tenant is compiled afresh. */
const REBUILD_SHARE = 0.25;

/** One compiled base and the overlay of changes since. */
interface Generation {
  base: CompiledTenant;
  /** The base state by key; `index` reads through to it. */
  stateIndex: StateIndex;
  index: OverlayIndex;
  lookup: TenantLookup;
  /** 1 for a base principal some change touched: its folded masks no longer answer for it. */
  touched: Uint8Array;
  /** Project ids named since the base, with the places they got (after the base's own). */
  addedProjects: Map<string, number>;
  /** Records created or reassigned since the base (no untouched principal is their assignee); `null`: deleted since. */
  recordPlaces: Map<string, { project: number; assignee: number; rule: number } | null>;
  /** Grants collected for touched and new principals, by `i:<id>` or `e:<email>`. */
  grants: Map<string, readonly Grant[]>;
}

export class LiveTenant implements TenantDecisions {
  readonly product: AnyProduct;
  /** The decisions over the current state: the tenant itself, under the interface the API reads decisions through. */
  readonly decisions: TenantDecisions = this;
  private current: Generation;
  private readonly touchedIds = new Set<string>();
  private readonly touchedEmails = new Set<string>();
  private mustRebuild = false;
  private applied = 0;
  private readonly rebuildFloor: number;

  /**
   * `rebuildFloor`: below this many overlaid keys the tenant never recompiles (tests set it to 0
   * to recompile after every change).
   */
  constructor({ product, state, rebuildFloor = REBUILD_FLOOR }: { product: AnyProduct; state: TenantState; rebuildFloor?: number }) {
    this.product = product;
    this.rebuildFloor = rebuildFloor;
    this.current = this.compile(state);
  }

  /** The state after every change applied so far; a new object per change (see `OverlayIndex.state`). */
  get state(): TenantState {
    const state = this.current.index.state();
    rememberDecisions({ state, decisions: this.decisions });
    return state;
  }

  /** How many changes this tenant has applied since it was loaded. */
  get changesApplied(): number {
    return this.applied;
  }

  /** The current state by key, for planners and lists that must not scan the tenant. */
  get reader(): TenantReader {
    return this.current.index;
  }

  /** Brings the tenant to the state after the change, at a cost proportional to the change. */
  apply(change: TenantChange): void {
    const generation = this.current;
    generation.index.applyChange({ change });
    this.settleTouches(generation);
    this.applied++;
    if (this.mustRebuild || generation.index.size > Math.max(this.rebuildFloor, generation.touched.length * REBUILD_SHARE)) this.rebuild();
  }

  /** The contract's "who is a member", current after each change, from the user's own grants and their groups' (see `isTenantMember`). */
  isMember(userId: string): boolean {
    return isTenantMember({ reader: this.current.index, userId });
  }

  can(query: CheckQuery): boolean {
    const { base, touched } = this.current;
    const bit = base.bitOf(query.permission);
    const principal = base.indexOf(query);
    if (principal < 0 || touched[principal] === 1) return this.canFromGrants(query, bit);
    if (query.projectId === undefined && query.recordId === undefined) return base.holdsAnywhere(principal, bit);
    let project: number;
    let assignee = NOT_A_RECORD;
    let rule = -1;
    if (query.recordId !== undefined) {
      const { recordPlaces } = this.current;
      const place = recordPlaces.has(query.recordId) ? recordPlaces.get(query.recordId) : base.recordPlaceOf(query.recordId);
      if (!place) return false;
      project = place.project;
      assignee = place.assignee;
      rule = place.rule;
      if (query.projectId !== undefined && this.projectIndexOf(query.projectId) !== project) return false;
    } else {
      project = this.projectIndexOf(query.projectId!) ?? -1;
      if (project < 0) return false;
    }
    return base.holdsOn(principal, bit, project, assignee, rule);
  }

  explain(query: CheckQuery): Explanation {
    const bit = this.current.base.bitOf(query.permission);
    const asker = this.describe(query);
    if (!asker) return { allowed: false, reasons: [] };
    return explainFromGrants({ grants: this.grantsOf(asker), bit, place: this.placeOf(query, asker), projectIndexOf: (id) => this.projectIndexOf(id) });
  }

  effectivePermissions(selector: PrincipalSelector): EffectivePermissions {
    const asker = this.describe(selector);
    if (!asker) return { principal: null, roles: [], tenant: [], projects: [] };
    return effectivePermissionsFromGrants({ product: this.product, principal: asker, grants: this.grantsOf(asker) });
  }

  principalIdOf({ email }: { email: string }): string | null {
    return this.describeByEmail(email.toLowerCase())?.id ?? null;
  }

  private canFromGrants(query: CheckQuery, bit: number): boolean {
    const asker = this.describe(query);
    if (!asker) return false;
    return allowedByGrants({ grants: this.grantsOf(asker), bit, place: this.placeOf(query, asker), projectIndexOf: (id) => this.projectIndexOf(id) });
  }

  /** The principal a selector names in the current state, as a compiled tenant of that state would describe it. */
  private describe(selector: PrincipalSelector): PrincipalDescriptor | null {
    if (selector.principalId !== undefined) return this.describeById(selector.principalId);
    return selector.email !== undefined ? this.describeByEmail(selector.email.toLowerCase()) : null;
  }

  private describeById(id: string): PrincipalDescriptor | null {
    const index = this.current.index;
    const user = index.userById(id);
    if (user) return { kind: 'user', id, email: user.email.toLowerCase(), apiKey: null };
    if (index.groupById(id)) return { kind: 'group', id, email: null, apiKey: null };
    const apiKey = index.apiKeyById(id);
    if (apiKey) return { kind: 'apiKey', id, email: null, apiKey };
    // A user known only from a grant to them (no record yet) is a principal while the grant lasts.
    if (holdsAs({ grants: index.applicationGrantsOf(id), kind: 'user' }) || holdsAs({ grants: index.projectGrantsOf(id), kind: 'user' })) {
      return { kind: 'user', id, email: null, apiKey: null };
    }
    return null;
  }

  private describeByEmail(email: string): PrincipalDescriptor | null {
    const index = this.current.index;
    const user = index.userByEmail(email);
    if (user) return { kind: 'user', id: user.id, email, apiKey: null };
    // R7: a directory group's member is a principal by email before the tenant has a record of them.
    return index.groupsOfEmail(email).length > 0 ? { kind: 'user', id: null, email, apiKey: null } : null;
  }

  private placeOf(query: CheckQuery, asker: PrincipalDescriptor): Place {
    if (query.projectId === undefined && query.recordId === undefined) return ANYWHERE;
    if (query.recordId === undefined) {
      const project = this.projectIndexOf(query.projectId!);
      return project === undefined ? NOWHERE : { kind: 'at', project, onRecord: false, assignedToAsker: false, ruleId: null };
    }
    const record = this.current.index.recordById(query.recordId);
    const project = record && this.projectIndexOf(record.projectId);
    if (project === undefined) return NOWHERE;
    if (query.projectId !== undefined && this.projectIndexOf(query.projectId) !== project) return NOWHERE;
    const assignedToAsker = record!.assigneeUserId !== null && record!.assigneeUserId === asker.id;
    return { kind: 'at', project, onRecord: true, assignedToAsker, ruleId: record!.ruleId };
  }

  private projectIndexOf(projectId: string): number | undefined {
    return this.current.base.projectIndexOfId(projectId) ?? this.current.addedProjects.get(projectId);
  }

  private grantsOf(asker: PrincipalDescriptor): readonly Grant[] {
    const { grants, lookup, index } = this.current;
    if (
      asker.kind === 'user' &&
      isDeniedEverything(asker.id !== null ? index.userById(asker.id) : asker.email !== null ? index.userByEmail(asker.email) : undefined)
    )
      return [];
    const key = asker.id !== null ? `i:${asker.id}` : `e:${asker.email}`;
    let collected = grants.get(key);
    if (!collected) grants.set(key, (collected = collectGrants({ product: this.product, lookup, principal: asker })));
    return collected;
  }

  /** Hands the touched ids and emails to the base's flags and the grant cache, each user by both. */
  private settleTouches({ base, index, touched, grants }: Generation): void {
    for (const id of this.touchedIds) {
      const email = index.userById(id)?.email;
      if (email !== undefined) this.touchedEmails.add(email.toLowerCase());
    }
    for (const email of this.touchedEmails) {
      const id = index.userByEmail(email)?.id;
      if (id !== undefined) this.touchedIds.add(id);
    }
    for (const id of this.touchedIds) {
      const principal = base.indexOf({ principalId: id });
      if (principal >= 0) touched[principal] = 1;
      grants.delete(`i:${id}`);
    }
    for (const email of this.touchedEmails) {
      const principal = base.indexOf({ email });
      if (principal >= 0) touched[principal] = 1;
      grants.delete(`e:${email}`);
    }
    this.touchedIds.clear();
    this.touchedEmails.clear();
  }

  /** Folds the overlay back: the current state, made as the API would load it, compiled afresh. */
  private rebuild(): void {
    const { stateIndex, index } = this.current;
    this.current = this.compile(foldOverlay({ base: stateIndex, overlay: index }));
    this.mustRebuild = false;
  }

  private compile(state: TenantState): Generation {
    const grantGroups = grantGroupsOf({ state });
    const base = new CompiledTenant({ product: this.product, state, grantGroups });
    const stateIndex = new StateIndex({ state, principals: base.principalTable, grantGroups });
    const index = new OverlayIndex(stateIndex, this.listener());
    const lookup: TenantLookup = {
      state: index,
      groupsOfEmail: { get: (email) => index.groupsOfEmail(email) },
      applicationGrantsOf: { get: (id) => index.applicationGrantsOf(id) },
      projectGrantsOf: { get: (id) => index.projectGrantsOf(id) },
      recordsAssignedTo: { get: (id) => index.recordsAssignedTo(id) },
      rulesEmailing: { get: (id) => index.rulesEmailing(id) },
      legacyGrantsOf: { get: (id) => index.legacyGrantsOf(id) },
      departmentsOf: { get: (id) => index.departmentsOf(id) },
    };
    return {
      base,
      stateIndex,
      index,
      lookup,
      touched: new Uint8Array(base.principalTable.size),
      addedProjects: new Map(),
      recordPlaces: new Map(),
      grants: new Map(),
    };
  }

  private listener(): OverlayListener {
    return {
      touchId: (id) => this.touchedIds.add(id),
      touchEmail: (email) => this.touchedEmails.add(email.toLowerCase()),
      project: (projectId, departmentId) => this.nameProject(projectId, departmentId ?? null),
      record: (record: RecordRow) => {
        const project = this.projectIndexOf(record.projectId)!;
        // An untouched principal is never the new assignee (the assignee is touched), so none matches. A rule the base
        // knows keeps its recipients there; a rule made or deleted since touched its recipients.
        this.current.recordPlaces.set(record.id, { project, assignee: -1, rule: this.current.base.ruleIndexOfId(record.ruleId, project) });
      },
      recordDeleted: (recordId: string) => {
        this.current.recordPlaces.set(recordId, null);
      },
      restructure: () => {
        this.mustRebuild = true;
      },
    };
  }

  /** Gives a newly named project id a place; a project made from a department shares the department's (R22). */
  private nameProject(projectId: string, departmentId: string | null): void {
    const project = this.projectIndexOf(projectId);
    const department = departmentId === null ? undefined : this.projectIndexOf(departmentId);
    if (project !== undefined && department !== undefined && project !== department) {
      this.mustRebuild = true;
      return;
    }
    const place = project ?? department ?? this.current.base.projectCount + this.current.addedProjects.size;
    if (project === undefined) this.current.addedProjects.set(projectId, place);
    if (departmentId !== null && department === undefined) this.current.addedProjects.set(departmentId, place);
  }
}
