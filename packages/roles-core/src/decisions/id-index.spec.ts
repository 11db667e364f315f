import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedIds } from '../model/packed-ids.js';
import { IdIndex } from './id-index.js';

/** An index over `ids` that starts small, so filing them grows it several times; each id is listed at its first sight. */
function indexOf(ids: readonly string[]): { index: IdIndex; firstAt: Map<string, number> } {
  const listed: string[] = [];
  const index = new IdIndex(listed, 1);
  for (const id of ids) if (index.intern(id, listed.length) === listed.length) listed.push(id);
  const distinct = [...new Set(ids)];
  expect(listed).toEqual(distinct);
  return { index, firstAt: new Map(distinct.map((id, at) => [id, at])) };
}

describe('IdIndex', () => {
  it('finds every filed id, by string and by its span of a packed text, and nothing else', () => {
    const id = fc.string({ unit: 'binary', maxLength: 12 }).filter((text) => !text.includes('\u001f'));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), fc.array(id, { maxLength: 30 }), (filed, asked) => {
        const { index, firstAt } = indexOf(filed);
        for (const candidate of [...filed, ...asked]) expect(index.indexOf(candidate)).toBe(firstAt.get(candidate) ?? -1);
        const wanted = [...asked, ...filed];
        if (wanted.length === 0) return;
        const packed = new PackedIds(wanted.join('\u001f'), '\u001f');
        const spans: number[] = [];
        packed.forEachSpan((start, end) => spans.push(index.indexOfSpan(packed.text, start, end)));
        expect(spans).toEqual(wanted.map((candidate) => firstAt.get(candidate) ?? -1));
      }),
    );
  });

  it('tells apart ids that share a prefix, differ only in case, or are empty', () => {
    const { index } = indexOf(['u-1', 'u-10', 'U-1', '', 'u-1 ']);
    expect(['u-1', 'u-10', 'U-1', '', 'u-1 ', 'u-', 'u-100'].map((id) => index.indexOf(id))).toEqual([0, 1, 2, 3, 4, -1, -1]);
  });
});

describe('PackedIds', () => {
  it('counts, spans and lists the ids of its text, empty ones included', () => {
    const packed = new PackedIds('a,,bc,', ',');
    expect(packed.length).toBe(4);
    expect([...packed]).toEqual(['a', '', 'bc', '']);
    const spans: [number, number][] = [];
    packed.forEachSpan((start, end) => spans.push([start, end]));
    expect(spans).toEqual([
      [0, 1],
      [2, 2],
      [3, 5],
      [6, 6],
    ]);
  });
});
