import { describe, expect, it } from 'vitest';
import { clearDrafts, peekDraft, saveDraft, takeDraft } from './drafts.js';

/** sessionStorage as the browser has it, in memory. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

const place = { page: '/t/abc/roles', form: 'add-members' };

describe('drafts kept while signing in again', () => {
  it('gives a draft back once, on the same page and form', () => {
    const storage = new MemoryStorage();
    saveDraft({ place, by: 'ada@example.com', value: { chips: ['bob@example.com'] }, storage });
    expect(takeDraft({ place: { ...place, form: 'create-key' }, by: 'ada@example.com', storage })).toBeUndefined();
    expect(peekDraft({ place, by: 'ada@example.com', storage })).toEqual({ chips: ['bob@example.com'] });
    expect(takeDraft({ place, by: 'ada@example.com', storage })).toEqual({ chips: ['bob@example.com'] });
    expect(takeDraft({ place, by: 'ada@example.com', storage })).toBeUndefined();
  });

  it('never gives one person what another typed in the same tab', () => {
    const storage = new MemoryStorage();
    saveDraft({ place, by: 'ada@example.com', value: 'typed by Ada', storage });
    expect(takeDraft({ place, by: 'bob@example.com', storage })).toBeUndefined();
    expect(takeDraft({ place, by: 'ada@example.com', storage })).toBeUndefined();
  });

  it('forgets every draft on sign-out, and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('unrelated', 'kept');
    saveDraft({ place, by: null, value: 1, storage });
    saveDraft({ place: { ...place, form: 'other' }, by: null, value: 2, storage });
    clearDrafts({ storage });
    expect(storage.length).toBe(1);
    expect(storage.getItem('unrelated')).toBe('kept');
  });
});
