import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../decisions/id-index.js';
import { PackedIds } from '../model/packed-ids.js';
import { withoutHolders } from './fold-overlay.js';

function touchedIndex(ids: string[]): IdIndex {
  const index = new IdIndex(ids, ids.length);
  ids.forEach((id, at) => index.intern(id, at));
  return index;
}

describe('folding a live tenant back', () => {
  it('takes the touched holders out of a packed group and keeps the rest in order, separators and all, whichever holders were touched', () => {
    const holders = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(holders, fc.constantFrom('\u001f', ',', '<>'), fc.func(fc.boolean()), (ids, separator, pick) => {
        const touched = ids.filter((id) => pick(id));
        const kept = withoutHolders({ ids: new PackedIds(ids.join(separator), separator), touched: touchedIndex(touched) });
        expect([...kept]).toEqual(ids.filter((id) => !touched.includes(id)));
        if (touched.length === 0) expect(kept).toBeInstanceOf(PackedIds);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the touched holders out of a listed group, handing back the same list when none was touched', () => {
    const ids = ['a', 'b', 'c'];
    expect(withoutHolders({ ids, touched: touchedIndex(['b']) })).toEqual(['a', 'c']);
    expect(withoutHolders({ ids, touched: touchedIndex(['z']) })).toBe(ids);
  });
});
