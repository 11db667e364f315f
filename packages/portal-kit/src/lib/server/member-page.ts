/** Paged lists as the portals show them: their state in the address, and a member list's page from the API's. */
import type { MemberKind, MemberPageView } from '../types.js';
import type { ApiMember } from './api-types.js';
import { memberViewOf } from './view-models.js';

export const LIST_PAGE_SIZE = 50;

/** A paged list's place in the address (`?q=&cursor=&trail=`), and `read` for the list's own filters. */
export function listAddressOf({ url }: { url: URL }) {
  const read = (name: string) => url.searchParams.get(name);
  return {
    read,
    q: (read('q') ?? '').trim().slice(0, 200),
    cursor: read('cursor') || null,
    trail: (read('trail') ?? '').split('.').filter(Boolean),
  };
}

export const MEMBER_STATUSES = ['User', 'User Invitation'] as const;
export const MEMBER_SORTS = ['name', 'email', 'status'] as const;

/** An address's value when it is one the list offers; anything else is no filter. */
export const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => allowed.find((candidate) => candidate === value);

const MEMBER_KINDS = ['user', 'group', 'apiKey'] as const;

/** A member list's search, filters and order, from the address; anything the list does not offer is no filter. */
export function memberSearchOf({ url }: { url: URL }) {
  const { read, q } = listAddressOf({ url });
  return { q, kind: oneOf(read('kind'), MEMBER_KINDS), status: oneOf(read('status'), MEMBER_STATUSES), sort: oneOf(read('sort'), MEMBER_SORTS) ?? 'name' };
}

/** The API's member query for that search: the order, and only the filters in use. */
export function memberQueryOf({ q, kind, status, sort }: ReturnType<typeof memberSearchOf>) {
  return { sort, ...(q ? { q } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}) };
}

/** 1-based position of a page's first row: pages are LIST_PAGE_SIZE long, and the trail and the cursor say how many came before. */
export function firstRowOf({ cursor, trail }: { cursor: string | null; trail: readonly string[] }): number {
  return trail.length * LIST_PAGE_SIZE + (cursor ? LIST_PAGE_SIZE : 0) + 1;
}

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
    from: firstRowOf(state),
    nextCursor: page.nextCursor,
  };
}
