import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tab-keys.js';

describe('tabAfterKey', () => {
  it('moves one tab right and left with the arrow keys', () => {
    expect(tabAfterKey({ key: 'ArrowRight', index: 1, count: 4 })).toBe(2);
    expect(tabAfterKey({ key: 'ArrowLeft', index: 1, count: 4 })).toBe(0);
  });

  it('wraps around at either end', () => {
    expect(tabAfterKey({ key: 'ArrowRight', index: 3, count: 4 })).toBe(0);
    expect(tabAfterKey({ key: 'ArrowLeft', index: 0, count: 4 })).toBe(3);
  });

  it('goes to the first tab with Home and the last with End', () => {
    expect(tabAfterKey({ key: 'Home', index: 2, count: 4 })).toBe(0);
    expect(tabAfterKey({ key: 'End', index: 0, count: 4 })).toBe(3);
  });

  it('leaves every other key to the browser, and does nothing without tabs', () => {
    expect(tabAfterKey({ key: 'Tab', index: 0, count: 4 })).toBeNull();
    expect(tabAfterKey({ key: 'ArrowDown', index: 0, count: 4 })).toBeNull();
    expect(tabAfterKey({ key: 'ArrowRight', index: 0, count: 0 })).toBeNull();
  });
});
