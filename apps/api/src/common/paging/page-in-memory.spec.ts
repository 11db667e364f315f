import { describe, expect, it } from 'vitest';
import { pageSorted } from './page-in-memory.js';

describe('keyset paging', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, id: `id-${name}` }));
  const keyOf = (row: { name: string; id: string }): [string, string] => [row.name, row.id];

  it('walks every row once, and a row inserted before the cursor does not shift the next page', () => {
    const first = pageSorted({ rows, limit: 2, keyOf });
    expect(first.items.map((row) => row.name)).toEqual(['a', 'b']);
    const withInsert = [{ name: 'aa', id: 'id-aa' }, ...rows].sort((x, y) => (x.name < y.name ? -1 : 1));
    const second = pageSorted({ rows: withInsert, limit: 2, cursor: first.nextCursor ?? undefined, keyOf });
    expect(second.items.map((row) => row.name)).toEqual(['c', 'd']);
    const third = pageSorted({ rows, limit: 2, cursor: second.nextCursor ?? undefined, keyOf });
    expect(third).toEqual({ items: [{ name: 'e', id: 'id-e' }], nextCursor: null });
  });

  it('refuses a cursor it did not make', () => {
    expect(() => pageSorted({ rows, limit: 2, cursor: 'not-a-cursor', keyOf })).toThrow('The cursor is not valid');
  });
});
