/**
 * Folds a tenant state straight into `CompiledMasks`, principal by principal, from interned
 * indexes and typed arrays: no reason object per grant. It follows `collectGrants` rule for
 * rule (R7, R17, R19, R20, R21); `explain` builds the reasons from `collectGrants` when asked,
 * and the spec beside this file checks that both answer alike.
 */
import type { AnyProduct } from '../define-product.js';
import type { GrantGroups } from '../model/grant-groups.js';
import type { TenantState } from '../model/tenant-state.js';
import { PairList, buildAdjacency } from './adjacency.js';
import type { Adjacency } from './adjacency.js';
import type { CompiledMasks } from './compiled-masks.js';
import { EntryBuffer } from './entry-buffer.js';
import { grantMasksOf } from './grant-masks.js';
import type { GrantMasks } from './grant-masks.js';
import type { PrincipalTable } from './principal-table.js';

/** Per-project flags while one principal is folded. */
const HAS_ROLE = 1;
const HAS_RECORD = 2;
const HAS_RULE = 4;

interface FoldStateInput {
  product: AnyProduct;
  state: TenantState;
  /** The state's grants as groups, in the order `principals` interned their holders. */
  grantGroups: GrantGroups;
  principals: PrincipalTable;
  projectIndexOf: (projectId: string) => number;
  /** How many project indexes exist (after the fold has interned the ones it meets). */
  projectCount: () => number;
}

/** What the fold reads about every principal, built once from the state. */
interface Links {
  groups: Adjacency;
  /** Per holder: `project * roles + role`, whatever order the state lists its grants in. */
  projectGrants: Adjacency;
  /** The mask of each project role, by its index in `project * roles + role`. */
  grantMask: readonly Uint32Array[];
  /** Per user: `project * 2 + 1` for a rule emailing them, `project * 2` for a record assigned. */
  references: Adjacency;
  legacyRoles: Adjacency;
  departments: Adjacency;
  scopedConsumer: Uint8Array;
  applicationGrantCount: Int32Array;
}

export function foldState({ product, state, grantGroups, principals, projectIndexOf, projectCount }: FoldStateInput): CompiledMasks {
  const words = product.index.words;
  const size = principals.size;
  const masks = grantMasksOf({ product, settings: state.settings });
  const tenantWide = new Uint32Array(size * words);
  const links = linkState({ product, state, grantGroups, principals, projectIndexOf, masks, tenantWide });
  const folder = new PrincipalFolder({ product, state, principals, masks, links, tenantWide, projects: projectCount() });
  const entryStart = new Int32Array(size + 1);
  const anywhere = new Uint32Array(size * words);
  for (let p = 0; p < size; p++) {
    entryStart[p] = folder.entries.count;
    // Contract "Scoped permissions": a scoped consumer holds its `✔*` permissions anywhere.
    const scoped = folder.fold(p);
    for (let w = 0; w < words; w++) {
      let word = tenantWide[p * words + w]! | (scoped ? masks.consumerScoped[w]! : 0);
      for (let e = entryStart[p]!; e < folder.entries.count; e++) word |= folder.entries.full[e * words + w]! | folder.entries.referenced[e * words + w]!;
      anywhere[p * words + w] = word;
    }
  }
  entryStart[size] = folder.entries.count;
  return { words, tenantWide, anywhere, entryStart, ...folder.entries.finish() };
}

interface LinkInput {
  product: AnyProduct;
  state: TenantState;
  grantGroups: GrantGroups;
  principals: PrincipalTable;
  projectIndexOf: (projectId: string) => number;
  masks: GrantMasks;
  tenantWide: Uint32Array;
}

/**
 * Application grants go straight into `tenantWide`; everything else becomes per-principal lists.
 * Every project index the fold meets is interned here, so its scratch arrays have a fixed size.
 */
function linkState({ product, state, grantGroups, principals, projectIndexOf, masks, tenantWide }: LinkInput): Links {
  const size = principals.size;
  const words = product.index.words;
  const scopedConsumer = new Uint8Array(size);
  const applicationGrantCount = new Int32Array(size);
  const consumerIsScoped = product.consumerScope.kind !== 'tenant';
  let index = 0;
  for (const group of grantGroups.application) {
    const scoped = group.role === 'consumer' && consumerIsScoped;
    const mask = scoped ? masks.consumerEverywhere : masks.application[group.role];
    for (let at = 0; at < group.principalIds.length; at++, index++) {
      const p = principals.applicationGrantPrincipals[index]!;
      if (p < 0) continue;
      applicationGrantCount[p]!++;
      if (scoped) scopedConsumer[p] = 1;
      for (let w = 0; w < words; w++) tenantWide[p * words + w]! |= mask[w]!;
    }
  }

  const { projectGrants, grantMask } = groupProjectGrants({ product, grantGroups, principals, projectIndexOf });
  const userIndexOf = (userId: string | null): number => {
    const p = userId === null ? -1 : principals.indexOfId(userId);
    return p >= 0 && principals.kindAt(p) === 'user' ? p : -1;
  };
  const references = new PairList();
  for (const record of state.records) references.add({ owner: userIndexOf(record.assigneeUserId), value: projectIndexOf(record.projectId) * 2 });
  for (const rule of state.communicationRules) {
    for (const userId of rule.recipientUserIds) references.add({ owner: userIndexOf(userId), value: projectIndexOf(rule.projectId) * 2 + 1 });
  }
  const legacyRoles = new PairList();
  const departments = new PairList();
  if (state.roleModel === 'legacy' && product.legacy) {
    const roleIndex = new Map(Object.keys(product.legacy.roles).map((role, index) => [role, index]));
    for (const grant of state.legacyGrants) legacyRoles.add({ owner: userIndexOf(grant.userId), value: roleIndex.get(grant.role) ?? -1 });
    for (const department of state.departments) {
      for (const userId of department.memberUserIds) departments.add({ owner: userIndexOf(userId), value: projectIndexOf(department.id) });
    }
  }

  return {
    groups: groupsOfUsers({ state, principals }).build({ size }),
    projectGrants,
    grantMask,
    references: references.build({ size }),
    legacyRoles: legacyRoles.build({ size }),
    departments: departments.build({ size }),
    scopedConsumer,
    applicationGrantCount,
  };
}

/**
 * Project grants per holder in two passes over typed arrays, from the state's grant groups: a
 * group's project and role are interned once for all its holders.
 */
function groupProjectGrants({
  product,
  grantGroups,
  principals,
  projectIndexOf,
}: Pick<LinkInput, 'product' | 'grantGroups' | 'principals' | 'projectIndexOf'>): { projectGrants: Adjacency; grantMask: Uint32Array[] } {
  const grantMask = [...product.index.projectRoleMasks.values()];
  const roleIndex = new Map([...product.index.projectRoleMasks.keys()].map((role, index) => [role, index]));
  const roles = grantMask.length;
  const owners = principals.projectGrantPrincipals.slice();
  const values = new Int32Array(owners.length);
  let index = 0;
  for (const group of grantGroups.project) {
    const role = roleIndex.get(group.role) ?? -1;
    // A grant of an unknown role grants nothing; its project is interned only by grants that count.
    let project = -1;
    for (let at = 0; at < group.principalIds.length; at++, index++) {
      if (role < 0) owners[index] = -1;
      if (owners[index]! < 0) continue;
      if (project < 0) project = projectIndexOf(group.projectId);
      values[index] = project * roles + role;
    }
  }
  return { projectGrants: buildAdjacency({ size: principals.size, owners, values }), grantMask };
}

/** R7: the groups whose member emails name each user (by email, whatever its case). */
function groupsOfUsers({ state, principals }: { state: TenantState; principals: PrincipalTable }): PairList {
  const pairs = new PairList();
  for (const group of state.groups) {
    const g = principals.indexOfId(group.id);
    if (g < 0 || principals.kindAt(g) !== 'group') continue;
    for (const email of group.memberEmails) pairs.add({ owner: principals.indexOfEmail(email), value: g });
  }
  return pairs;
}

interface FolderInput {
  product: AnyProduct;
  state: TenantState;
  principals: PrincipalTable;
  masks: GrantMasks;
  links: Links;
  tenantWide: Uint32Array;
  projects: number;
}

/** Folds one principal at a time, reusing per-project scratch arrays between principals. */
class PrincipalFolder {
  readonly entries: EntryBuffer;
  private readonly words: number;
  private readonly slot: Int32Array;
  private readonly flags: Uint8Array;
  private readonly touched: number[] = [];
  private readonly limitedMask: Uint32Array | undefined;
  private readonly cutoff: number;
  private readonly legacyRoles: { mask: Uint32Array; departmentScoped: boolean }[];

  constructor(private readonly input: FolderInput) {
    const { product, masks, projects } = input;
    this.words = product.index.words;
    this.entries = new EntryBuffer(this.words);
    this.slot = new Int32Array(projects).fill(-1);
    this.flags = new Uint8Array(projects);
    this.limitedMask = product.limitedMembers ? product.index.projectRoleMasks.get(product.limitedMembers.projectRole) : undefined;
    const policy = product.apiKeyPolicy;
    this.cutoff = policy.kind === 'administrator-before-cutoff' ? Date.parse(policy.cutoff) : Number.NaN;
    const legacy = product.legacy;
    this.legacyRoles =
      legacy && masks.legacy
        ? (Object.keys(legacy.roles) as (keyof typeof legacy.roles)[]).map((role) => ({
            mask: masks.legacy![role],
            departmentScoped: legacy.roles[role].departmentScoped,
          }))
        : [];
  }

  /** Folds principal `p`; answers whether they hold the consumer role under a scope (R19). */
  fold(p: number): boolean {
    const { links, principals } = this.input;
    const groups = links.groups;
    let scoped = links.scopedConsumer[p] === 1;
    for (let i = groups.start[p]!; i < groups.start[p + 1]!; i++) {
      const g = groups.values[i]!;
      // A group's tenant-wide mask holds only its application roles: groups get nothing else tenant-wide.
      for (let w = 0; w < this.words; w++) this.input.tenantWide[p * this.words + w]! |= this.input.tenantWide[g * this.words + w]!;
      scoped ||= links.scopedConsumer[g] === 1;
    }
    if (principals.kindAt(p) === 'apiKey') this.foldApiKeyPolicy(p);
    this.foldProjectGrants(p);
    for (let i = groups.start[p]!; i < groups.start[p + 1]!; i++) this.foldProjectGrants(groups.values[i]!);
    const references = links.references;
    for (let i = references.start[p]!; i < references.start[p + 1]!; i++) {
      const value = references.values[i]!;
      this.touch(value >> 1, value & 1 ? HAS_RULE : HAS_RECORD);
    }
    this.foldReferences({ scoped });
    this.foldLegacy(p);
    for (const project of this.touched) {
      this.slot[project] = -1;
      this.flags[project] = 0;
    }
    this.touched.length = 0;
    return scoped;
  }

  /** R20: a key acting as an administrator by the product's policy. */
  private foldApiKeyPolicy(p: number): void {
    const policy = this.input.product.apiKeyPolicy;
    if (policy.kind === 'by-role') return;
    if (policy.kind === 'administrator-before-cutoff') {
      const key = this.input.principals.describe(p).apiKey;
      if (!key || !(Date.parse(key.createdAt) < this.cutoff) || this.input.links.applicationGrantCount[p]! > 0) return;
    }
    this.orTenantWide({ p, from: this.input.masks.application.administrator });
  }

  private foldProjectGrants(holder: number): void {
    const { projectGrants, grantMask } = this.input.links;
    const roles = grantMask.length;
    for (let i = projectGrants.start[holder]!; i < projectGrants.start[holder + 1]!; i++) {
      const value = projectGrants.values[i]!;
      const project = (value / roles) | 0;
      this.entries.orFull({ entry: this.entryOf(project), mask: grantMask[value - project * roles]! });
      this.touch(project, HAS_ROLE);
    }
  }

  /** R17 Limited Members, then R19 consumer scope, over the projects touched so far. */
  private foldReferences({ scoped }: { scoped: boolean }): void {
    const { product, masks } = this.input;
    const rules = product.limitedMembers;
    const countsRecords = rules?.references.includes('record-assignment') ?? false;
    const countsRules = rules?.references.includes('communication-rule') ?? false;
    const scopeKind = product.consumerScope.kind;
    const count = this.touched.length;
    for (let i = 0; i < count; i++) {
      const project = this.touched[i]!;
      const flags = this.flags[project]!;
      const referenced = (flags & (HAS_RECORD | HAS_RULE)) !== 0;
      if (this.limitedMask && referenced && (flags & HAS_ROLE) === 0) {
        const byRule = countsRules && (flags & HAS_RULE) !== 0;
        if (byRule || (countsRecords && (flags & HAS_RECORD) !== 0)) {
          const entry = this.entryOf(project);
          this.entries.orReferenced({ entry, mask: this.limitedMask });
          if (byRule) this.entries.emailed[entry] = 1;
        }
      }
      if (!scoped) continue;
      if (scopeKind === 'assigned-projects' && ((flags & HAS_ROLE) !== 0 || (rules && referenced))) {
        this.entries.orFull({ entry: this.entryOf(project), mask: masks.consumerScoped });
      }
      if (scopeKind === 'assigned-records' && referenced) {
        const entry = this.entryOf(project);
        this.entries.orReferenced({ entry, mask: masks.consumerScoped });
        if ((flags & HAS_RULE) !== 0) this.entries.emailed[entry] = 1;
      }
    }
  }

  /** R21: legacy roles, tenant-wide or on the user's departments. */
  private foldLegacy(p: number): void {
    const { legacyRoles, departments } = this.input.links;
    for (let i = legacyRoles.start[p]!; i < legacyRoles.start[p + 1]!; i++) {
      const role = this.legacyRoles[legacyRoles.values[i]!];
      if (!role) continue;
      if (!role.departmentScoped) {
        this.orTenantWide({ p, from: role.mask });
        continue;
      }
      for (let d = departments.start[p]!; d < departments.start[p + 1]!; d++) {
        const project = departments.values[d]!;
        this.entries.orFull({ entry: this.entryOf(project), mask: role.mask });
      }
    }
  }

  private orTenantWide({ p, from }: { p: number; from: Uint32Array }): void {
    for (let w = 0; w < this.words; w++) this.input.tenantWide[p * this.words + w]! |= from[w]!;
  }

  private touch(project: number, flag: number): void {
    if (this.flags[project] === 0 && this.slot[project] === -1) this.touched.push(project);
    this.flags[project]! |= flag;
  }

  private entryOf(project: number): number {
    let entry = this.slot[project]!;
    if (entry < 0) {
      if (this.flags[project] === 0) this.touched.push(project);
      this.slot[project] = entry = this.entries.add({ project });
    }
    return entry;
  }
}
