import { decodeCursor, pageOf, type Page } from './cursor.js';

/**
 * Keyset paging over a list already sorted by (sort key, id): the cursor is the last row's key,
 * so inserts and deletes between pages neither skip nor repeat rows.
 */
export function pageSorted<T>({
  rows,
  cursor,
  limit,
  keyOf,
}: {
  rows: T[];
  cursor?: string;
  limit: number;
  keyOf: (row: T) => [string, string];
}): Page<T> {
  const after = decodeCursor({ cursor });
  const start = after
    ? rows.filter((row) => {
        const [sort, id] = keyOf(row);
        return sort > String(after[0]) || (sort === String(after[0]) && id > String(after[1]));
      })
    : rows;
  return pageOf({ rows: start.slice(0, limit + 1), limit, keyOf });
}
