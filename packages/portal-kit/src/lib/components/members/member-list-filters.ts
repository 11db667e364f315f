import type { MemberPageView } from '../../types.js';

/** A member list's state in the address: the role, the search, the filters and any order but the default. */
export function memberListFiltersOf({ list }: { list: MemberPageView }): Record<string, string> {
  return { role: list.roleId, q: list.q, kind: list.kind, status: list.status, sort: list.sort === 'name' ? '' : list.sort };
}
