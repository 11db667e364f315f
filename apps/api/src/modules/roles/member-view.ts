import type { PrincipalKind, TenantState } from '@loome/roles-core';
import type { Page } from '../../common/paging/cursor.js';
import { pageSorted } from '../../common/paging/page-in-memory.js';

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
export function filterAndSortMembers({ members, q }: { members: MemberView[]; q?: string }): MemberView[] {
  const keyed = filterMembers({ members, q }).map((member) => ({ member, key: sortKeyOf(member) }));
  keyed.sort((a, b) => compare(a.key, b.key) || compare(a.member.principalId, b.member.principalId));
  return keyed.map(({ member }) => member);
}

/** `q` matches name or email, case-insensitively; the order is kept. */
export function filterMembers<M extends MemberView>({ members, q }: { members: M[]; q?: string }): M[] {
  const needle = q?.trim().toLowerCase();
  return needle ? members.filter((member) => member.name.toLowerCase().includes(needle) || (member.email ?? '').includes(needle)) : members;
}

export function sortKeyOf(member: MemberView): string {
  return member.name.toLowerCase();
}

/** One page of members already in `filterAndSortMembers` order, optionally narrowed by `q`. */
export function pageMembers<M extends MemberView>({ members, q, cursor, limit }: { members: M[]; q?: string; cursor?: string; limit: number }): Page<M> {
  return pageSorted({ rows: filterMembers({ members, q }), cursor, limit, keyOf: (member) => [sortKeyOf(member), member.principalId] });
}

/** Code-unit order, the same order the keyset cursor compares with. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
