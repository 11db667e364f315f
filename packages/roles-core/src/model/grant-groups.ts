/**
 * A tenant's grants as groups: the grants that share everything but their holder. A large tenant
 * holds a million grants over a few thousand (project, role, kind) keys, and a database reads them
 * that way cheaply. The decisions compile from groups, so a state loaded as groups (see
 * `loadedState`) never builds a million grant objects before its first decision.
 */
import type { HolderIds } from './packed-ids.js';
import type { ApplicationRoleId } from './product-definition.js';
import type { PrincipalKind, TenantState } from './tenant-state.js';

export interface ApplicationGrantGroup {
  role: ApplicationRoleId;
  kind: PrincipalKind;
  principalIds: HolderIds;
}

export interface ProjectGrantGroup {
  projectId: string;
  role: string;
  kind: PrincipalKind;
  principalIds: HolderIds;
}

export interface GrantGroups {
  application: readonly ApplicationGrantGroup[];
  project: readonly ProjectGrantGroup[];
}

const groupsByState = new WeakMap<TenantState, GrantGroups>();

export function rememberGrantGroups({ state, groups }: { state: TenantState; groups: GrantGroups }): void {
  groupsByState.set(state, groups);
}

/**
 * The state's grants as groups: as loaded, or grouped by key from its lists. Groups made from
 * lists are not kept: the compiled decisions keep what they need, and a state built by a planner
 * should not carry a second copy of its grants.
 */
export function grantGroupsOf({ state }: { state: TenantState }): GrantGroups {
  return (
    groupsByState.get(state) ?? {
      application: groupByKey(
        state.applicationGrants,
        (g) => `${g.role}\u0000${g.kind}`,
        ({ role, kind }, principalIds) => ({ role, kind, principalIds }),
      ),
      project: groupByKey(
        state.projectGrants,
        (g) => `${g.projectId}\u0000${g.role}\u0000${g.kind}`,
        ({ projectId, role, kind }, principalIds) => ({ projectId, role, kind, principalIds }),
      ),
    }
  );
}

/** One grant object per holder of each group, in group order. */
export function ungroup<Group extends { principalIds: HolderIds }, Grant>(
  groups: readonly Group[],
  grant: (group: Group, principalId: string) => Grant,
): Grant[] {
  const grants: Grant[] = [];
  for (const group of groups) for (const principalId of group.principalIds) grants.push(grant(group, principalId));
  return grants;
}

function groupByKey<Grant extends { principalId: string }, Group>(
  grants: readonly Grant[],
  keyOf: (grant: Grant) => string,
  group: (first: Grant, principalIds: string[]) => Group,
): Group[] {
  const byKey = new Map<string, { first: Grant; principalIds: string[] }>();
  for (const grant of grants) {
    const key = keyOf(grant);
    const known = byKey.get(key);
    if (known) known.principalIds.push(grant.principalId);
    else byKey.set(key, { first: grant, principalIds: [grant.principalId] });
  }
  return [...byKey.values()].map(({ first, principalIds }) => group(first, principalIds));
}
