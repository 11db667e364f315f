import { decodeCursor, pageOf, SORTED_KEY, type Page } from './cursor.js';

/**
 * Keyset paging over a list already sorted by (sort key, id): the cursor is the last row's key,
 * so inserts and deletes between pages neither skip nor repeat rows.
 */
export function pageSorted<T>({ rows, cursor, limit, keyOf }: { rows: T[]; cursor?: string; limit: number; keyOf: (row: T) => [string, string] }): Page<T> {
  const after = decodeCursor({ cursor, key: SORTED_KEY });
  const start = after ? firstAfter({ rows, keyOf, after }) : 0;
  return pageOf({ rows: rows.slice(start, start + limit + 1), limit, keyOf });
}

/** Binary search for the first row whose key comes after `after` (rows are sorted by key). */
function firstAfter<T>({ rows, keyOf, after }: { rows: T[]; keyOf: (row: T) => [string, string]; after: [string, string] }): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const [sort, id] = keyOf(rows[middle] as T);
    if (sort > after[0] || (sort === after[0] && id > after[1])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Rows in the order `pageSorted` pages them: by sort key, then id (computed once per row, not per comparison). */
export function sortedForPaging<T>({ rows, keyOf }: { rows: readonly T[]; keyOf: (row: T) => [string, string] }): T[] {
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  keyed.sort((a, b) => compareText(a.key[0], b.key[0]) || compareText(a.key[1], b.key[1]));
  return keyed.map(({ row }) => row);
}

/** Code-unit order, the same order the keyset cursor compares with. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
