import type { PrincipalKind, TenantState } from '@loome/roles-core';
import type { Page } from '../../common/paging/cursor.js';
import { pageSorted, sortedForPaging } from '../../common/paging/page-in-memory.js';

export type MemberStatus = 'User' | 'User Invitation';

/** How a principal is shown in a role's member list. */
export interface MemberView {
  principalId: string;
  kind: PrincipalKind;
  email: string | null;
  name: string;
  /** For users: `User Invitation` until their first sign-in (R3, R4); null for groups and keys. */
  status: MemberStatus | null;
}

export function memberViewOf({ state, principalId, kind }: { state: TenantState; principalId: string; kind: PrincipalKind }): MemberView {
  const index = indexOf({ state });
  if (kind === 'user') {
    const user = index.users.get(principalId);
    return {
      principalId,
      kind,
      email: user?.email ?? null,
      name: user?.name ?? principalId,
      status: user?.hasSignedIn ? 'User' : 'User Invitation',
    };
  }
  if (kind === 'group') {
    const group = index.groups.get(principalId);
    return { principalId, kind, email: group?.email ?? null, name: group?.name ?? principalId, status: null };
  }
  const key = index.apiKeys.get(principalId);
  return { principalId, kind, email: null, name: key?.description ?? principalId, status: null };
}

type StateIndex = {
  users: Map<string, TenantState['users'][number]>;
  groups: Map<string, TenantState['groups'][number]>;
  apiKeys: Map<string, TenantState['apiKeys'][number]>;
};

const indexes = new WeakMap<TenantState, StateIndex>();

/** Principals by id, built once per state: a search per member made big lists quadratic. */
function indexOf({ state }: { state: TenantState }): StateIndex {
  let index = indexes.get(state);
  if (!index) {
    const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
    index = { users: byId(state.users), groups: byId(state.groups), apiKeys: byId(state.apiKeys) };
    indexes.set(state, index);
  }
  return index;
}

/** Sorted by name then id; `q` matches name or email, case-insensitively. */
export function filterAndSortMembers<M extends MemberView>({ members, q }: { members: M[]; q?: string }): M[] {
  return sortedForPaging({ rows: filterMembers({ members, q }), keyOf: (member) => [sortKeyOf(member), member.principalId] });
}

/** `q` matches name or email, case-insensitively; the order is kept. */
export function filterMembers<M extends MemberView>({ members, q }: { members: M[]; q?: string }): M[] {
  const needle = q?.trim().toLowerCase();
  return needle ? members.filter((member) => member.name.toLowerCase().includes(needle) || (member.email ?? '').includes(needle)) : members;
}

export function sortKeyOf(member: MemberView): string {
  return member.name.toLowerCase();
}

export type MemberSort = 'name' | 'email' | 'status';

export interface MemberQuery {
  q?: string;
  kind?: PrincipalKind;
  status?: MemberStatus;
  sort?: MemberSort;
  cursor?: string;
  limit: number;
}

/**
 * The keyset key of each order: the order's column, then the name, then (in pageSorted) the id.
 * The separator sorts below any character an address or a status holds; it is not NUL, which the
 * cursor (as every text input) refuses.
 */
const COLUMN_THEN_NAME = '\u0001';
const SORT_KEYS: Record<MemberSort, (member: MemberView) => string> = {
  name: sortKeyOf,
  email: (member) => `${member.email ?? ''}${COLUMN_THEN_NAME}${sortKeyOf(member)}`,
  status: (member) => `${member.status ?? ''}${COLUMN_THEN_NAME}${sortKeyOf(member)}`,
};

/**
 * One page of members already in `filterAndSortMembers` order, narrowed by `q`, kind and status,
 * in the asked order, with `total`: how many match on every page together.
 */
export function pageMembers<M extends MemberView>({
  members,
  q,
  kind,
  status,
  sort = 'name',
  cursor,
  limit,
}: { members: M[] } & MemberQuery): Page<M> & { total: number } {
  const matching = filterMembers({ members, q }).filter((member) => (!kind || member.kind === kind) && (!status || member.status === status));
  const keyOfSort = SORT_KEYS[sort];
  const keyOf = (member: M): [string, string] => [keyOfSort(member), member.principalId];
  const rows = sort === 'name' ? matching : sortedForPaging({ rows: matching, keyOf });
  return { ...pageSorted({ rows, cursor, limit, keyOf }), total: matching.length };
}
