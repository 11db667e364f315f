/** A state as a database read gives it: grants grouped by key (holders listed or packed in one text) and users as columns. */
import { loadedState } from '../../src/model/loaded-state.js';
import type { GrantGroups } from '../../src/model/grant-groups.js';
import { PackedIds } from '../../src/model/packed-ids.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { userColumnsOf, type UserColumns } from '../../src/model/user-columns.js';

/** The state's grants grouped by key, as a database read groups them (any order of groups), their holders listed or packed in one text. */
export function groupedAsRead({ state, reverse, packed }: { state: TenantState; reverse: boolean; packed: boolean }): GrantGroups {
  const group = <Grant extends { principalId: string }, Group>(
    grants: readonly Grant[],
    keyOf: (grant: Grant) => string,
    make: (grant: Grant, ids: string[] | PackedIds) => Group,
  ) => {
    const byKey = new Map<string, { first: Grant; ids: string[] }>();
    for (const grant of grants) {
      const key = keyOf(grant);
      const known = byKey.get(key);
      if (known) known.ids.push(grant.principalId);
      else byKey.set(key, { first: grant, ids: [grant.principalId] });
    }
    const groups = [...byKey.values()].map(({ first, ids }) => make(first, packed ? new PackedIds(ids.join('\u001f'), '\u001f') : ids));
    return reverse ? groups.reverse() : groups;
  };
  return {
    application: group(
      state.applicationGrants,
      (g) => `${g.role}/${g.kind}`,
      ({ role, kind }, principalIds) => ({ role, kind, principalIds }),
    ),
    project: group(
      state.projectGrants,
      (g) => `${g.projectId}/${g.role}/${g.kind}`,
      ({ projectId, role, kind }, principalIds) => ({ projectId, role, kind, principalIds }),
    ),
  };
}

/** The columns of a state's users, read fresh rather than remembered for the state. */
export function columnsAsRead({ state }: { state: TenantState }): UserColumns {
  const { users: _users, ...rest } = state;
  return userColumnsOf({ state: { ...rest, users: state.users.map((user) => ({ ...user })) } });
}

/** The same state, loaded as the API loads it. */
export function loadedAsRead({ state, reverse = false, packed = true }: { state: TenantState; reverse?: boolean; packed?: boolean }): TenantState {
  const { users: _users, applicationGrants: _application, projectGrants: _project, ...rest } = state;
  return loadedState({ state: rest, grantGroups: groupedAsRead({ state, reverse, packed }), userColumns: columnsAsRead({ state }) });
}
