/**
 * Decisions for one tenant state: compiled once, then asked many times. `can` is the hot
 * path (integer reads, no allocation) over masks folded straight from the state;
 * `explain` and `effectivePermissions` collect the reasons per principal, only when asked.
 */
import type { AnyProduct } from '../define-product.js';
import { grantGroupsOf } from '../model/grant-groups.js';
import type { TenantState } from '../model/tenant-state.js';
import type { CheckQuery, PrincipalSelector } from './check-query.js';
import { collectGrants } from './collect-grants.js';
import type { Grant, PrincipalDescriptor } from './collect-grants.js';
import type { CompiledMasks } from './compiled-masks.js';
import { foldState } from './fold-state.js';
import { PrincipalTable } from './principal-table.js';
import type { Explanation, Reason, ReasonScope } from './reason.js';
import { buildTenantLookup } from './tenant-lookup.js';
import type { TenantLookup } from './tenant-lookup.js';
import { UnknownPermissionError } from './unknown-permission-error.js';

export interface EffectivePermission {
  permission: string;
  label: string;
  reasons: Reason[];
}

export interface EffectivePermissions {
  principal: Omit<PrincipalDescriptor, 'apiKey'> | null;
  /** Permissions that hold on the whole tenant. */
  tenant: EffectivePermission[];
  /** Permissions that hold only on one project (or legacy department), or on some of its records. */
  projects: { projectId: string; permissions: EffectivePermission[] }[];
}

/** Where a question points: anywhere, a known project (and maybe record), or nothing the tenant has. */
type Location = { kind: 'anywhere' } | { kind: 'nowhere' } | { kind: 'at'; project: number; record: number };

const ANYWHERE: Location = { kind: 'anywhere' };
/**
 * How many principals' grants `explain` keeps collected. A batch of checks asks about the same
 * few principals again and again; the bound keeps a scan over a million principals from
 * holding every grant list in memory at once.
 */
const GRANT_CACHE_LIMIT = 20_000;
const NOWHERE: Location = { kind: 'nowhere' };

const compiledByState = new WeakMap<TenantState, CompiledTenant>();

/**
 * Compiled once per state: planners ask for the actor's access of the state the API already
 * compiled, and a write must not compile the tenant again to plan.
 */
export function compileTenant({ product, state }: { product: AnyProduct; state: TenantState }): CompiledTenant {
  const known = compiledByState.get(state);
  if (known?.product === product) return known;
  const compiled = new CompiledTenant({ product, state });
  compiledByState.set(state, compiled);
  return compiled;
}

export class CompiledTenant {
  readonly product: AnyProduct;
  readonly state: TenantState;
  private readonly principals: PrincipalTable;
  private readonly projectIndex = new Map<string, number>();
  private readonly recordIndex = new Map<string, number>();
  private readonly recordProject: Int32Array;
  private readonly recordAssignee: Int32Array;
  private readonly masks: CompiledMasks;
  private lookup: TenantLookup | null = null;
  private readonly collected = new Map<number, readonly Grant[]>();

  constructor({ product, state }: { product: AnyProduct; state: TenantState }) {
    this.product = product;
    this.state = state;
    // Made once here for a state given as lists, and let go after the fold.
    const grantGroups = grantGroupsOf({ state });
    this.principals = new PrincipalTable({ state, grantGroups });
    for (const project of state.projects) this.projectIndexOf(project.id);
    // A department (R21) is addressed by its id, and shares the index of the project made from it (R22).
    for (const project of state.projects) {
      if (project.departmentId !== null) this.projectIndex.set(project.departmentId, this.projectIndexOf(project.id));
    }
    for (const department of state.departments) this.projectIndexOf(department.id);
    this.recordProject = new Int32Array(state.records.length);
    this.recordAssignee = new Int32Array(state.records.length);
    state.records.forEach((record, index) => {
      this.recordIndex.set(record.id, index);
      this.recordProject[index] = this.projectIndexOf(record.projectId);
      this.recordAssignee[index] = record.assigneeUserId === null ? -1 : this.principals.indexOfId(record.assigneeUserId);
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
    const { words, anywhere, tenantWide, entryStart, entryProject, entryFull, entryReferenced, entryEmailed } = this.masks;
    const word = bit >>> 5;
    const flag = 1 << (bit & 31);
    const at = principal * words + word;
    if (query.projectId === undefined && query.recordId === undefined) return (anywhere[at]! & flag) !== 0;
    let project = -1;
    let record = -1;
    if (query.recordId !== undefined) {
      record = this.recordIndex.get(query.recordId) ?? -1;
      if (record < 0) return false;
      project = this.recordProject[record]!;
      if (query.projectId !== undefined && this.projectIndex.get(query.projectId) !== project) return false;
    } else {
      project = this.projectIndex.get(query.projectId!) ?? -1;
      if (project < 0) return false;
    }
    if ((tenantWide[at]! & flag) !== 0) return true;
    const end = entryStart[principal + 1]!;
    for (let entry = entryStart[principal]!; entry < end; entry++) {
      if (entryProject[entry] !== project) continue;
      if ((entryFull[entry * words + word]! & flag) !== 0) return true;
      if ((entryReferenced[entry * words + word]! & flag) === 0) return false;
      return record < 0 || this.recordAssignee[record] === principal || entryEmailed[entry] === 1;
    }
    return false;
  }

  /** `can`, with every grant that decides it (R23); denied answers list the scope limits. */
  explain(query: CheckQuery): Explanation {
    const bit = this.bitOf(query.permission);
    const principal = this.indexOf(query);
    if (principal < 0) return { allowed: false, reasons: [] };
    const location = this.locate(query);
    const reasons = this.grantsOf(principal)
      .filter((grant) => hasBit({ mask: grant.mask, bit }))
      .map((grant) => ({
        source: grant.source,
        scope: grant.scope,
        applies: this.applies({ scope: grant.scope, location, principal }),
      }));
    const applying = reasons.filter((reason) => reason.applies);
    return applying.length > 0 ? { allowed: true, reasons: applying } : { allowed: false, reasons };
  }

  /** Every permission the principal holds, tenant-wide and per project, each with its reasons (R23). */
  effectivePermissions(selector: PrincipalSelector): EffectivePermissions {
    const principal = this.indexOf(selector);
    if (principal < 0) return { principal: null, tenant: [], projects: [] };
    const { apiKey: _apiKey, ...descriptor } = this.principals.describe(principal);
    const tenant = new Map<string, EffectivePermission>();
    const projects = new Map<string, Map<string, EffectivePermission>>();
    for (const grant of this.grantsOf(principal)) {
      const projectId = projectIdOf(grant.scope);
      let bucket = tenant;
      if (projectId !== null) {
        bucket = projects.get(projectId) ?? new Map();
        projects.set(projectId, bucket);
      }
      for (const permission of this.permissionsIn(grant.mask)) {
        const held = bucket.get(permission) ?? { permission, label: this.labelOf(permission), reasons: [] };
        held.reasons.push({ source: grant.source, scope: grant.scope, applies: true });
        bucket.set(permission, held);
      }
    }
    return {
      principal: descriptor,
      tenant: [...tenant.values()],
      projects: [...projects].map(([projectId, held]) => ({ projectId, permissions: [...held.values()] })),
    };
  }

  /** The principal id a user's email resolves to in this tenant, if any. */
  principalIdOf({ email }: { email: string }): string | null {
    const index = this.principals.indexOfEmail(email);
    return index < 0 ? null : this.principals.describe(index).id;
  }

  private bitOf(permission: string): number {
    const bit = this.product.index.bitOf.get(permission);
    if (bit === undefined) throw new UnknownPermissionError({ product: this.product.id, permission });
    return bit;
  }

  private indexOf(selector: PrincipalSelector): number {
    if (selector.principalId !== undefined) return this.principals.indexOfId(selector.principalId);
    return selector.email !== undefined ? this.principals.indexOfEmail(selector.email) : -1;
  }

  private projectIndexOf(projectId: string): number {
    let index = this.projectIndex.get(projectId);
    if (index === undefined) this.projectIndex.set(projectId, (index = this.projectIndex.size));
    return index;
  }

  private locate(query: CheckQuery): Location {
    if (query.projectId === undefined && query.recordId === undefined) return ANYWHERE;
    if (query.recordId === undefined) {
      const project = this.projectIndex.get(query.projectId!);
      return project === undefined ? NOWHERE : { kind: 'at', project, record: -1 };
    }
    const record = this.recordIndex.get(query.recordId);
    if (record === undefined) return NOWHERE;
    const project = this.recordProject[record]!;
    if (query.projectId !== undefined && this.projectIndex.get(query.projectId) !== project) return NOWHERE;
    return { kind: 'at', project, record };
  }

  private applies({ scope, location, principal }: { scope: ReasonScope; location: Location; principal: number }): boolean {
    if (location.kind !== 'at') return location.kind === 'anywhere';
    const projectId = projectIdOf(scope);
    if (projectId === null) return true;
    if (this.projectIndex.get(projectId) !== location.project) return false;
    if (scope.kind !== 'assigned-records' || location.record < 0) return true;
    return this.recordAssignee[location.record] === principal || scope.ruleIds.length > 0;
  }

  private grantsOf(principal: number): readonly Grant[] {
    const cached = this.collected.get(principal);
    if (cached) return cached;
    // Built on the first question that needs reasons: `can` never does.
    this.lookup ??= buildTenantLookup({ state: this.state });
    const grants = collectGrants({ product: this.product, lookup: this.lookup, principal: this.principals.describe(principal) });
    if (this.collected.size >= GRANT_CACHE_LIMIT) this.collected.clear();
    this.collected.set(principal, grants);
    return grants;
  }

  private permissionsIn(mask: Uint32Array): string[] {
    return this.product.index.permissionIds.filter((_, bit) => hasBit({ mask, bit }));
  }

  private labelOf(permission: string): string {
    const { permissions, projectPermissions, legacy } = this.product;
    return permissions[permission] ?? projectPermissions[permission] ?? legacy?.extraPermissions[permission] ?? permission;
  }
}

function hasBit({ mask, bit }: { mask: Uint32Array; bit: number }): boolean {
  return (mask[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function projectIdOf(scope: ReasonScope): string | null {
  if (scope.kind === 'tenant') return null;
  return scope.kind === 'department' ? scope.departmentId : scope.projectId;
}
