/** Where a paged list stands: the page's cursor, the cursors of the pages before it, and the next one. */
export interface ListPosition {
  /** 1-based position of the first row shown. */
  from: number;
  shown: number;
  /** Rows matching the search and filters, on every page. */
  total: number;
  cursor: string | null;
  /** Cursors of the pages before this one (for Previous); empty on the first page. */
  trail: string[];
  nextCursor: string | null;
}

/** The address of another page of a list: its search and filters (empty ones left out), cursor and trail. */
export function listPageHref({ filters, cursor, trail }: { filters: Record<string, string>; cursor: string | null; trail: string[] }): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  if (cursor) params.set('cursor', cursor);
  if (trail.length) params.set('trail', trail.join('.'));
  return `?${params.toString()}`;
}

/** The Previous and Next pages of a list, or null where there is none. */
export function neighbourHrefsOf({ position, filters }: { position: ListPosition; filters: Record<string, string> }) {
  const { cursor, trail, nextCursor } = position;
  return {
    nextHref: nextCursor ? listPageHref({ filters, cursor: nextCursor, trail: cursor ? [...trail, cursor] : [] }) : null,
    previousHref: cursor ? listPageHref({ filters, cursor: trail.at(-1) ?? null, trail: trail.slice(0, -1) }) : null,
  };
}
