/** One page of a member list as the portals show it, from the API's page and the list's state in the address. */
import type { MemberKind, MemberPageView } from '../types.js';
import type { ApiMember } from './api-types.js';
import { memberViewOf } from './view-models.js';

export const MEMBER_PAGE_SIZE = 50;

export interface MemberListState {
  roleId: string;
  q: string;
  kind: MemberKind | '';
  status: string;
  sort: MemberPageView['sort'];
  cursor: string | null;
  /** Cursors of the pages before this one, for Previous. */
  trail: string[];
}

export function memberPageViewOf({
  state,
  page,
}: {
  state: MemberListState;
  page: { items: readonly ApiMember[]; nextCursor: string | null; total: number };
}): MemberPageView {
  return {
    ...state,
    items: page.items.map(memberViewOf),
    total: page.total,
    // Pages are MEMBER_PAGE_SIZE long: the trail and the cursor say how many came before this one.
    from: state.trail.length * MEMBER_PAGE_SIZE + (state.cursor ? MEMBER_PAGE_SIZE : 0) + 1,
    nextCursor: page.nextCursor,
  };
}
