import type { MemberPageView } from '../../types.js';

/** The address of another page of a member list's search: the list's state lives in the URL. */
export function memberListHref({ list, cursor, trail }: { list: MemberPageView; cursor: string | null; trail: string[] }): string {
  const params = new URLSearchParams({ role: list.roleId });
  if (list.q) params.set('q', list.q);
  if (list.kind) params.set('kind', list.kind);
  if (list.status) params.set('status', list.status);
  if (list.sort !== 'name') params.set('sort', list.sort);
  if (cursor) params.set('cursor', cursor);
  if (trail.length) params.set('trail', trail.join('.'));
  return `?${params.toString()}`;
}
