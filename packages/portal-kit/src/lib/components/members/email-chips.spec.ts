import { describe, expect, it } from 'vitest';
import { addChips, chipsAsList, countAddresses, invalidChips, splitAddresses } from './email-chips.js';

describe('Add Members address chips', () => {
  it('R2: a pasted list becomes one chip per address, whatever separates them', () => {
    expect(splitAddresses({ text: ' a@x.test ;b@x.test,\nc@x.test;; ' })).toEqual(['a@x.test', 'b@x.test', 'c@x.test']);
  });

  it('keeps the order given and does not add an address twice (any case)', () => {
    expect(addChips({ chips: ['a@x.test'], added: ['B@x.test', 'A@X.TEST', 'b@x.test'] })).toEqual(['a@x.test', 'B@x.test']);
  });

  it('R2: the API positions of bad entries name the chips they came from', () => {
    const sent = ['a@x.test', 'not-an-address', 'c@x.test', 'also bad'];
    expect(chipsAsList({ chips: sent })).toBe('a@x.test; not-an-address; c@x.test; also bad');
    expect(invalidChips({ sent, invalidEntries: [{ position: 2 }, { position: 4 }, { position: 9 }] })).toEqual(new Set(['not-an-address', 'also bad']));
  });

  it('counts in words', () => {
    expect(countAddresses(1)).toBe('1 address');
    expect(countAddresses(137)).toBe('137 addresses');
  });
});
