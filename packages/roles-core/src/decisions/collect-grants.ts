/**
 * Every grant one principal holds in one tenant, each with its reason and where it holds:
 * what `explain` / `effectivePermissions` answer. `foldState` applies the same rules without
 * building reasons, for `can`; fold-state.spec.ts checks that the two agree.
 */
import type { AnyProduct } from '../define-product.js';
import type { ApiKeyRecord, PrincipalKind } from '../model/tenant-state.js';
import { grantMasksOf } from './grant-masks.js';
import type { GrantMasks } from './grant-masks.js';
import type { GroupRef, ReasonScope, ReasonSource } from './reason.js';
import type { TenantLookup } from './tenant-lookup.js';

export interface Grant {
  source: ReasonSource;
  scope: ReasonScope;
  mask: Uint32Array;
}

export interface PrincipalDescriptor {
  kind: PrincipalKind;
  /** `null` for a user known only by email (a group member who has no record yet). */
  id: string | null;
  email: string | null;
  apiKey: ApiKeyRecord | null;
}

interface Holder {
  id: string;
  group: GroupRef | null;
}

interface References {
  recordIds: string[];
  ruleIds: string[];
}

interface CollectInput {
  product: AnyProduct;
  lookup: TenantLookup;
  principal: PrincipalDescriptor;
}

export function collectGrants({ product, lookup, principal }: CollectInput): Grant[] {
  const masks = grantMasksOf({ product, settings: lookup.state.settings });
  const holders = holdersOf({ lookup, principal });
  const grants: Grant[] = [];
  const scopedConsumerSources = collectApplicationRoles({ product, lookup, holders, masks, grants });
  collectApiKeyPolicy({ product, lookup, principal, masks, grants });
  const projectsWithRole = collectProjectRoles({ product, lookup, holders, grants });
  const references = principal.kind === 'user' && principal.id ? referencesOf({ lookup, userId: principal.id }) : new Map<string, References>();
  collectLimitedMemberships({ product, references, projectsWithRole, grants });
  collectConsumerScope({ product, masks, references, projectsWithRole, sources: scopedConsumerSources, grants });
  collectLegacyRoles({ product, lookup, principal, masks, grants });
  return grants;
}

/** The principal itself, then (for users) every group the directory says they are in now (R7). */
function holdersOf({ lookup, principal }: { lookup: TenantLookup; principal: PrincipalDescriptor }): Holder[] {
  const holders: Holder[] = principal.id ? [{ id: principal.id, group: null }] : [];
  if (principal.kind !== 'user' || !principal.email) return holders;
  for (const group of lookup.groupsOfEmail.get(principal.email) ?? []) {
    holders.push({ id: group.id, group: { id: group.id, name: group.name } });
  }
  return holders;
}

interface ApplicationInput {
  product: AnyProduct;
  lookup: TenantLookup;
  holders: Holder[];
  masks: GrantMasks;
  grants: Grant[];
}

function collectApplicationRoles({ product, lookup, holders, masks, grants }: ApplicationInput): ReasonSource[] {
  const scoped: ReasonSource[] = [];
  const tenant: ReasonScope = { kind: 'tenant' };
  for (const holder of holders) {
    for (const grant of lookup.applicationGrantsOf.get(holder.id) ?? []) {
      const source: ReasonSource = { kind: 'application-role', role: grant.role, group: holder.group };
      const scope = product.consumerScope;
      const isScopedConsumer = grant.role === 'consumer' && scope.kind !== 'tenant';
      grants.push({ source, scope: tenant, mask: isScopedConsumer ? masks.consumerEverywhere : masks.application[grant.role] });
      if (isScopedConsumer) {
        scoped.push(source);
        // Contract "Scoped permissions": the role holds its `✔*` permissions, limited to its scope.
        grants.push({ source, scope: { kind: 'consumer-scope', scope: scope.kind }, mask: masks.consumerScoped });
      }
      const restricted = masks.restricted[grant.role];
      if (restricted) grants.push({ source, scope: { kind: 'administrators-only', setting: 'projectCreation' }, mask: restricted });
    }
  }
  return scoped;
}

interface ApiKeyInput {
  product: AnyProduct;
  lookup: TenantLookup;
  principal: PrincipalDescriptor;
  masks: GrantMasks;
  grants: Grant[];
}

/** R20: besides its roles, a key may act as an administrator by the product's policy. */
function collectApiKeyPolicy({ product, lookup, principal, masks, grants }: ApiKeyInput): void {
  const key = principal.apiKey;
  const policy = product.apiKeyPolicy;
  if (!key || policy.kind === 'by-role') return;
  if (policy.kind === 'administrator-before-cutoff') {
    const createdBeforeCutoff = Date.parse(key.createdAt) < Date.parse(policy.cutoff);
    const holdsApplicationRole = (lookup.applicationGrantsOf.get(key.id)?.length ?? 0) > 0;
    if (!createdBeforeCutoff || holdsApplicationRole) return;
  }
  grants.push({
    source: { kind: 'api-key-policy', policy: policy.kind, createdAt: key.createdAt, actsAs: 'administrator' },
    scope: { kind: 'tenant' },
    mask: masks.application.administrator,
  });
}

interface ProjectInput {
  product: AnyProduct;
  lookup: TenantLookup;
  holders: Holder[];
  grants: Grant[];
}

function collectProjectRoles({ product, lookup, holders, grants }: ProjectInput): Set<string> {
  const projects = new Set<string>();
  for (const holder of holders) {
    for (const grant of lookup.projectGrantsOf.get(holder.id) ?? []) {
      const mask = product.index.projectRoleMasks.get(grant.role);
      if (!mask) continue;
      projects.add(grant.projectId);
      grants.push({
        source: { kind: 'project-role', role: grant.role, projectId: grant.projectId, group: holder.group },
        scope: { kind: 'project', projectId: grant.projectId },
        mask,
      });
    }
  }
  return projects;
}

/** Records assigned to the user and rules that email them, by project (R17, R19). */
function referencesOf({ lookup, userId }: { lookup: TenantLookup; userId: string }): Map<string, References> {
  const byProject = new Map<string, References>();
  const at = (projectId: string) => {
    let refs = byProject.get(projectId);
    if (!refs) byProject.set(projectId, (refs = { recordIds: [], ruleIds: [] }));
    return refs;
  };
  for (const record of lookup.recordsAssignedTo.get(userId) ?? []) at(record.projectId).recordIds.push(record.id);
  for (const rule of lookup.rulesEmailing.get(userId) ?? []) at(rule.projectId).ruleIds.push(rule.id);
  return byProject;
}

interface LimitedInput {
  product: AnyProduct;
  references: Map<string, References>;
  projectsWithRole: Set<string>;
  grants: Grant[];
}

/** R17: a Limited Member exactly while references keep them and they hold no other role there. */
function collectLimitedMemberships({ product, references, projectsWithRole, grants }: LimitedInput): void {
  const rules = product.limitedMembers;
  const mask = rules ? product.index.projectRoleMasks.get(rules.projectRole) : undefined;
  if (!rules || !mask) return;
  const countsRecords = rules.references.includes('record-assignment');
  const countsRules = rules.references.includes('communication-rule');
  for (const [projectId, refs] of references) {
    if (projectsWithRole.has(projectId)) continue;
    const recordIds = countsRecords ? refs.recordIds : [];
    const ruleIds = countsRules ? refs.ruleIds : [];
    if (recordIds.length === 0 && ruleIds.length === 0) continue;
    grants.push({
      source: { kind: 'limited-member', role: rules.projectRole, projectId, recordIds, ruleIds },
      scope: { kind: 'assigned-records', projectId, recordIds, ruleIds },
      mask,
    });
  }
}

interface ScopeInput {
  product: AnyProduct;
  masks: GrantMasks;
  references: Map<string, References>;
  projectsWithRole: Set<string>;
  sources: ReasonSource[];
  grants: Grant[];
}

/** R19: a consumer's scoped permissions hold only on their projects or their records. */
function collectConsumerScope({ product, masks, references, projectsWithRole, sources, grants }: ScopeInput): void {
  const kind = product.consumerScope.kind;
  for (const source of sources) {
    if (kind === 'assigned-projects') {
      const projects = new Set([...projectsWithRole, ...(product.limitedMembers ? references.keys() : [])]);
      for (const projectId of projects) {
        grants.push({ source, scope: { kind: 'assigned-project', projectId }, mask: masks.consumerScoped });
      }
    }
    if (kind === 'assigned-records') {
      for (const [projectId, refs] of references) {
        grants.push({ source, scope: { kind: 'assigned-records', projectId, ...refs }, mask: masks.consumerScoped });
      }
    }
  }
}

/** R21: legacy roles count only while the tenant runs the legacy model. */
function collectLegacyRoles({ product, lookup, principal, masks, grants }: ApiKeyInput): void {
  const legacy = product.legacy;
  if (!legacy || !masks.legacy || lookup.state.roleModel !== 'legacy' || principal.kind !== 'user' || !principal.id) return;
  for (const { role } of lookup.legacyGrantsOf.get(principal.id) ?? []) {
    const mask = masks.legacy[role];
    if (!legacy.roles[role].departmentScoped) {
      grants.push({ source: { kind: 'legacy-role', role, departmentId: null }, scope: { kind: 'tenant' }, mask });
      continue;
    }
    for (const department of lookup.departmentsOf.get(principal.id) ?? []) {
      grants.push({
        source: { kind: 'legacy-role', role, departmentId: department.id },
        scope: { kind: 'department', departmentId: department.id },
        mask,
      });
    }
  }
}
