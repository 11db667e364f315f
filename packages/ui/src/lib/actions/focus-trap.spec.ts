import { describe, expect, it } from 'vitest';
import { wrapFocus } from './focus-trap.js';

const items = ['close', 'email', 'submit'];

describe('wrapFocus', () => {
  it('sends Tab from the last item back to the first', () => {
    expect(wrapFocus({ items, active: 'submit', shiftKey: false })).toBe('close');
  });

  it('sends Shift+Tab from the first item to the last', () => {
    expect(wrapFocus({ items, active: 'close', shiftKey: true })).toBe('submit');
  });

  it('lets the browser move focus between inner items', () => {
    expect(wrapFocus({ items, active: 'email', shiftKey: false })).toBeNull();
    expect(wrapFocus({ items, active: 'email', shiftKey: true })).toBeNull();
  });

  it('keeps focus where it is when nothing inside can take it', () => {
    expect(wrapFocus({ items: [], active: null, shiftKey: false })).toBe('stay');
  });
});
