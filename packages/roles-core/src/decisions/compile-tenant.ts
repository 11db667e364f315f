/**
 * Decisions for one tenant state: compiled once, then asked many times. `can` is the hot
 * path (integer reads, no allocation) over masks folded straight from the state;
 * `explain` and `effectivePermissions` collect the reasons per principal, only when asked.
 */
import type { AnyProduct } from '../define-product.js';
import { grantGroupsOf, type GrantGroups } from '../model/grant-groups.js';
import { isDeniedEverything } from '../model/directory-standing.js';
import type { TenantState } from '../model/tenant-state.js';
import { userColumnsOf } from '../model/user-columns.js';
import { ANYWHERE, NOWHERE, effectivePermissionsFromGrants, explainFromGrants, type EffectivePermissions, type Place } from './answers-from-grants.js';
import type { CheckQuery, PrincipalSelector } from './check-query.js';
import { collectGrants } from './collect-grants.js';
import type { Grant } from './collect-grants.js';
import type { CompiledMasks } from './compiled-masks.js';
import { foldState } from './fold-state.js';
import { PrincipalTable } from './principal-table.js';
import type { Explanation } from './reason.js';
import type { TenantDecisions } from './tenant-decisions.js';
import { buildTenantLookup } from './tenant-lookup.js';
import type { TenantLookup } from './tenant-lookup.js';
import { UnknownPermissionError } from './unknown-permission-error.js';

export type { EffectivePermission, EffectivePermissions } from './answers-from-grants.js';

/**
 * How many principals' grants `explain` keeps collected. A batch of checks asks about the same
 * few principals again and again; the bound keeps a scan over a million principals from
 * holding every grant list in memory at once.
 */
const GRANT_CACHE_LIMIT = 20_000;
/** `holdsOn`'s assignee when the question is about a whole project rather than one record. */
export const NOT_A_RECORD = -2;

const NO_GRANTS: readonly Grant[] = [];

/** The user principals the directory made inactive, by principal index; null when there are none. */
function deniedPrincipals({ state, principals }: { state: TenantState; principals: PrincipalTable }): Uint8Array | null {
  const { ids, inactive } = userColumnsOf({ state });
  if (!inactive) return null;
  let denied: Uint8Array | null = null;
  for (let at = 0; at < inactive.length; at++) {
    if (!isDeniedEverything({ inactive: inactive[at] })) continue;
    denied ??= new Uint8Array(principals.size);
    const principal = principals.indexOfId(ids[at]!);
    if (principal >= 0) denied[principal] = 1;
  }
  return denied;
}

export function compileTenant({ product, state }: { product: AnyProduct; state: TenantState }): CompiledTenant {
  return new CompiledTenant({ product, state });
}

export class CompiledTenant implements TenantDecisions {
  readonly product: AnyProduct;
  readonly state: TenantState;
  private readonly principals: PrincipalTable;
  private readonly projectIndex = new Map<string, number>();
  private readonly recordIndex = new Map<string, number>();
  private readonly recordProject: Int32Array;
  private readonly recordAssignee: Int32Array;
  /** Each record's communication rule (its index in `ruleRecipients`), -1 for none. */
  private readonly recordRule: Int32Array;
  /** Each rule's recipients, by principal index (Contract "Monitor records and rules"). */
  private readonly ruleRecipients: Int32Array[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly ruleProject: number[] = [];
  private readonly masks: CompiledMasks;
  /** 1 for a user principal their directory made inactive (see `isDeniedEverything`); null when nobody is. */
  private readonly denied: Uint8Array | null;
  private lookup: TenantLookup | null = null;
  private readonly collected = new Map<number, readonly Grant[]>();

  /** `grantGroups`: the state's grants as groups, when the caller already made them (and keeps them). */
  constructor({ product, state, grantGroups = grantGroupsOf({ state }) }: { product: AnyProduct; state: TenantState; grantGroups?: GrantGroups }) {
    this.product = product;
    this.state = state;
    // Made once here for a state given as lists, and let go after the fold.
    this.principals = new PrincipalTable({ state, grantGroups });
    this.denied = deniedPrincipals({ state, principals: this.principals });
    for (const project of state.projects) this.projectIndexOf(project.id);
    // A department (R21) is addressed by its id, and shares the index of the project made from it (R22).
    for (const project of state.projects) {
      if (project.departmentId !== null) this.projectIndex.set(project.departmentId, this.projectIndexOf(project.id));
    }
    for (const department of state.departments) this.projectIndexOf(department.id);
    state.communicationRules.forEach((rule, index) => {
      this.ruleIndex.set(rule.id, index);
      this.ruleProject.push(this.projectIndexOf(rule.projectId));
      this.ruleRecipients.push(Int32Array.from(rule.recipientUserIds, (userId) => this.principals.indexOfId(userId)));
    });
    this.recordProject = new Int32Array(state.records.length);
    this.recordAssignee = new Int32Array(state.records.length);
    this.recordRule = new Int32Array(state.records.length);
    state.records.forEach((record, index) => {
      this.recordIndex.set(record.id, index);
      this.recordProject[index] = this.projectIndexOf(record.projectId);
      this.recordAssignee[index] = record.assigneeUserId === null ? -1 : this.principals.indexOfId(record.assigneeUserId);
      this.recordRule[index] = this.ruleIndexOfId(record.ruleId, this.recordProject[index]);
    });
    this.masks = foldState({
      product,
      state,
      grantGroups,
      principals: this.principals,
      projectIndexOf: (projectId) => this.projectIndexOf(projectId),
      projectCount: () => this.projectIndex.size,
    });
  }

  /** Whether the principal holds the permission (anywhere, or on the project / record asked about). */
  can(query: CheckQuery): boolean {
    const bit = this.bitOf(query.permission);
    const principal = this.indexOf(query);
    if (principal < 0) return false;
    if (query.projectId === undefined && query.recordId === undefined) return this.holdsAnywhere(principal, bit);
    let project = -1;
    let assignee = NOT_A_RECORD;
    let rule = -1;
    if (query.recordId !== undefined) {
      const record = this.recordIndex.get(query.recordId) ?? -1;
      if (record < 0) return false;
      project = this.recordProject[record]!;
      assignee = this.recordAssignee[record]!;
      rule = this.recordRule[record]!;
      if (query.projectId !== undefined && this.projectIndex.get(query.projectId) !== project) return false;
    } else {
      project = this.projectIndex.get(query.projectId!) ?? -1;
      if (project < 0) return false;
    }
    return this.holdsOn(principal, bit, project, assignee, rule);
  }

  /** The fold's answer for a principal by index, anywhere in the tenant. Internal: `LiveTenant` reads it for principals no change touched. */
  holdsAnywhere(principal: number, bit: number): boolean {
    if (this.denied !== null && this.denied[principal] === 1) return false;
    return (this.masks.anywhere[principal * this.masks.words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
  }

  /**
   * The fold's answer for a principal by index on one project, or on one record of it when
   * `assignee` (the record's assignee's principal index, -1 for none) is not `NOT_A_RECORD`;
   * `rule` is the record's communication rule (its index here, -1 for none or a rule made since).
   * Internal, like `holdsAnywhere`.
   */
  holdsOn(principal: number, bit: number, project: number, assignee: number, rule: number): boolean {
    const { words, tenantWide, entryStart, entryProject, entryFull, entryReferenced, entryEmailed } = this.masks;
    const word = bit >>> 5;
    const flag = 1 << (bit & 31);
    if (this.denied !== null && this.denied[principal] === 1) return false;
    if ((tenantWide[principal * words + word]! & flag) !== 0) return true;
    const end = entryStart[principal + 1]!;
    for (let entry = entryStart[principal]!; entry < end; entry++) {
      if (entryProject[entry] !== project) continue;
      if ((entryFull[entry * words + word]! & flag) !== 0) return true;
      if ((entryReferenced[entry * words + word]! & flag) === 0) return false;
      // R17, R19: the records assigned to them, and the records of the rules that email them.
      if (assignee === NOT_A_RECORD || assignee === principal) return true;
      return entryEmailed[entry] === 1 && rule >= 0 && this.ruleRecipients[rule]!.includes(principal);
    }
    return false;
  }

  /** Internal: the interned principals, for a live tenant built over these decisions. */
  get principalTable(): PrincipalTable {
    return this.principals;
  }

  /** Internal: the index a project (or department) id was interned under, if any. */
  projectIndexOfId(projectId: string): number | undefined {
    return this.projectIndex.get(projectId);
  }

  /** Internal: how many project indexes exist. */
  get projectCount(): number {
    return this.projectIndex.size;
  }

  /** Internal: a record's project index, its assignee's principal index (-1 for none) and its rule's index (-1 for none). */
  recordPlaceOf(recordId: string): { project: number; assignee: number; rule: number } | undefined {
    const record = this.recordIndex.get(recordId);
    return record === undefined ? undefined : { project: this.recordProject[record]!, assignee: this.recordAssignee[record]!, rule: this.recordRule[record]! };
  }

  /** Internal: the index a record's rule was compiled under, -1 for a rule these decisions do not know or of another project. */
  ruleIndexOfId(ruleId: string | null, project: number): number {
    const rule = ruleId === null ? undefined : this.ruleIndex.get(ruleId);
    // A record links only to a rule of its own project (Contract "Monitor records and rules").
    return rule === undefined || this.ruleProject[rule] !== project ? -1 : rule;
  }

  /** Internal: the permission's bit, refusing a permission the product does not have. */
  bitOf(permission: string): number {
    const bit = this.product.index.bitOf.get(permission);
    if (bit === undefined) throw new UnknownPermissionError({ product: this.product.id, permission });
    return bit;
  }

  /** Internal: the principal index a selector names, or -1. */
  indexOf(selector: PrincipalSelector): number {
    if (selector.principalId !== undefined) return this.principals.indexOfId(selector.principalId);
    return selector.email !== undefined ? this.principals.indexOfEmail(selector.email) : -1;
  }

  /** `can`, with every grant that decides it (R23); denied answers list the scope limits. */
  explain(query: CheckQuery): Explanation {
    const bit = this.bitOf(query.permission);
    const principal = this.indexOf(query);
    if (principal < 0) return { allowed: false, reasons: [] };
    return explainFromGrants({
      grants: this.grantsOf(principal),
      bit,
      place: this.locate(query, principal),
      projectIndexOf: (id) => this.projectIndex.get(id),
    });
  }

  /** Every permission the principal holds, tenant-wide and per project, each with its reasons (R23). */
  effectivePermissions(selector: PrincipalSelector): EffectivePermissions {
    const principal = this.indexOf(selector);
    if (principal < 0) return { principal: null, roles: [], tenant: [], projects: [] };
    return effectivePermissionsFromGrants({ product: this.product, principal: this.principals.describe(principal), grants: this.grantsOf(principal) });
  }

  /** The principal id a user's email resolves to in this tenant, if any. */
  principalIdOf({ email }: { email: string }): string | null {
    const index = this.principals.indexOfEmail(email);
    return index < 0 ? null : this.principals.describe(index).id;
  }

  private projectIndexOf(projectId: string): number {
    let index = this.projectIndex.get(projectId);
    if (index === undefined) this.projectIndex.set(projectId, (index = this.projectIndex.size));
    return index;
  }

  private locate(query: CheckQuery, principal: number): Place {
    if (query.projectId === undefined && query.recordId === undefined) return ANYWHERE;
    if (query.recordId === undefined) {
      const project = this.projectIndex.get(query.projectId!);
      return project === undefined ? NOWHERE : { kind: 'at', project, onRecord: false, assignedToAsker: false, ruleId: null };
    }
    const record = this.recordIndex.get(query.recordId);
    if (record === undefined) return NOWHERE;
    const project = this.recordProject[record]!;
    if (query.projectId !== undefined && this.projectIndex.get(query.projectId) !== project) return NOWHERE;
    return { kind: 'at', project, onRecord: true, assignedToAsker: this.recordAssignee[record] === principal, ruleId: this.state.records[record]!.ruleId };
  }

  private grantsOf(principal: number): readonly Grant[] {
    const cached = this.collected.get(principal);
    if (cached) return cached;
    if (this.denied !== null && this.denied[principal] === 1) return NO_GRANTS;
    // Built on the first question that needs reasons: `can` never does.
    this.lookup ??= buildTenantLookup({ state: this.state });
    const grants = collectGrants({ product: this.product, lookup: this.lookup, principal: this.principals.describe(principal) });
    if (this.collected.size >= GRANT_CACHE_LIMIT) this.collected.clear();
    this.collected.set(principal, grants);
    return grants;
  }
}
