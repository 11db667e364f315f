/**
 * A tenant's grants as groups: the grants that share everything but their holder. A large tenant
 * holds a million grants over a few thousand (project, role, kind) keys, and a database reads them
 * that way cheaply. The decisions compile from groups, so a state loaded as groups (see
 * `loadedState`) never builds a million grant objects before its first decision.
 */
import type { ApplicationRoleId } from './product-definition.js';
import type { PrincipalKind, TenantState } from './tenant-state.js';

export interface ApplicationGrantGroup {
  role: ApplicationRoleId;
  kind: PrincipalKind;
  principalIds: readonly string[];
}

export interface ProjectGrantGroup {
  projectId: string;
  role: string;
  kind: PrincipalKind;
  principalIds: readonly string[];
}

export interface GrantGroups {
  application: readonly ApplicationGrantGroup[];
  project: readonly ProjectGrantGroup[];
}

const groupsByState = new WeakMap<TenantState, GrantGroups>();

export function rememberGrantGroups({ state, groups }: { state: TenantState; groups: GrantGroups }): void {
  groupsByState.set(state, groups);
}

/** The state's grants as groups: as loaded, or made from its lists (consecutive grants sharing a key share a group). */
export function grantGroupsOf({ state }: { state: TenantState }): GrantGroups {
  let groups = groupsByState.get(state);
  if (!groups) {
    groups = {
      application: groupRuns(state.applicationGrants, (a, b) => a.role === b.role && a.kind === b.kind, ({ role, kind }, principalIds) => ({ role, kind, principalIds })),
      project: groupRuns(
        state.projectGrants,
        (a, b) => a.projectId === b.projectId && a.role === b.role && a.kind === b.kind,
        ({ projectId, role, kind }, principalIds) => ({ projectId, role, kind, principalIds }),
      ),
    };
    groupsByState.set(state, groups);
  }
  return groups;
}

/** One grant object per holder of each group, in group order. */
export function ungroup<Group extends { principalIds: readonly string[] }, Grant>(groups: readonly Group[], grant: (group: Group, principalId: string) => Grant): Grant[] {
  const grants: Grant[] = [];
  for (const group of groups) for (const principalId of group.principalIds) grants.push(grant(group, principalId));
  return grants;
}

function groupRuns<Grant extends { principalId: string }, Group>(
  grants: readonly Grant[],
  sameKey: (a: Grant, b: Grant) => boolean,
  group: (first: Grant, principalIds: string[]) => Group,
): Group[] {
  const groups: Group[] = [];
  for (let start = 0; start < grants.length; ) {
    const first = grants[start]!;
    const principalIds = [first.principalId];
    let next = start + 1;
    for (; next < grants.length && sameKey(first, grants[next]!); next++) principalIds.push(grants[next]!.principalId);
    groups.push(group(first, principalIds));
    start = next;
  }
  return groups;
}
