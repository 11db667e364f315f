import { describe, expect, it } from 'vitest';
import { apiKeyRoleWords, lastUsedWords } from './api-key-words.js';
import { buildProductView } from './server/product-view.js';

describe('Remote Access in words (issue 17)', () => {
  const monitor = buildProductView({ productId: 'monitor' });

  it('R13: a key’s roles read by label, its project roles with the project’s name, never an id', () => {
    const key = { roles: ['consumer'], projectRoles: [{ projectId: 'p-1', role: 'owner' }] };
    expect(apiKeyRoleWords({ key, product: monitor, projectNames: { 'p-1': 'Sales quality' } })).toEqual(['Consumer', 'Owner of Sales quality']);
    expect(apiKeyRoleWords({ key, product: monitor, projectNames: {} })).toEqual(['Consumer', 'Owner of a project']);
    expect(apiKeyRoleWords({ key: { roles: [], projectRoles: [] }, product: monitor, projectNames: {} })).toEqual([]);
  });

  it('a key never used says Not yet; a use reads as a moment', () => {
    expect(lastUsedWords({ lastUsedAt: null })).toBe('Not yet');
    expect(lastUsedWords({ lastUsedAt: 'not a date' })).toBe('Not yet');
    expect(lastUsedWords({ lastUsedAt: '2026-12-07T19:40:00.000Z', format: (date) => date.toISOString().slice(0, 16) })).toBe('2026-12-07T19:40');
  });
});
