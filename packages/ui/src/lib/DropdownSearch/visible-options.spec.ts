import { describe, expect, it } from 'vitest';
import type { DropdownOption } from './types.js';
import { activeAfterArrow, visibleOptions } from './visible-options.js';

const ada: DropdownOption = { value: 'ada@example.com', label: 'Ada Lovelace' };
const alan: DropdownOption = { value: 'alan@example.com', label: 'Alan Turing' };
const typedEmail = (query: string): DropdownOption | null => (query.includes('@') ? { value: query, label: query } : null);

describe('visibleOptions', () => {
  it('filters the given options by label, ignoring case and surrounding spaces', () => {
    expect(visibleOptions({ query: '  TUR ', found: null, options: [ada, alan] })).toEqual([alan]);
  });

  it('shows searched options as the search answered them, without filtering again', () => {
    expect(visibleOptions({ query: 'zzz', found: [ada, alan], options: [] })).toEqual([ada, alan]);
  });

  it('offers the typed text first and does not list the same value twice', () => {
    const shown = visibleOptions({ query: 'ada@example.com', found: [alan, ada], options: [], leadingOption: typedEmail });
    expect(shown.map((option) => option.value)).toEqual(['ada@example.com', 'alan@example.com']);
    expect(shown[0]!.label).toBe('ada@example.com');
  });

  it('offers no leading option for an empty query', () => {
    expect(visibleOptions({ query: '   ', found: null, options: [ada], leadingOption: () => alan })).toEqual([ada]);
  });
});

describe('activeAfterArrow', () => {
  it('moves down and up one option at a time', () => {
    expect(activeAfterArrow({ key: 'ArrowDown', active: 0, count: 3 })).toBe(1);
    expect(activeAfterArrow({ key: 'ArrowUp', active: 2, count: 3 })).toBe(1);
  });

  it('stops at the first and the last option instead of wrapping', () => {
    expect(activeAfterArrow({ key: 'ArrowDown', active: 2, count: 3 })).toBe(2);
    expect(activeAfterArrow({ key: 'ArrowUp', active: 0, count: 3 })).toBe(0);
  });
});
