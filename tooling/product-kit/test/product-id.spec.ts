import { describe, expect, it } from 'vitest';
import { identifierOf, nextFreePort, problemsWithId, problemsWithPort, renderTemplate, typescriptString } from '../src/index.mjs';

describe('product ids, ports and templates', () => {
  it('turns a dashed id into the name roles-core exports it under', () => {
    expect(identifierOf({ id: 'data-hub-2' })).toBe('dataHub2');
  });

  it('accepts 30 characters and no more, and no trailing or doubled dash', () => {
    expect(problemsWithId({ id: `a${'b'.repeat(29)}` })).toEqual([]);
    expect(problemsWithId({ id: `a${'b'.repeat(30)}` })).toHaveLength(1);
    expect([problemsWithId({ id: 'fleet-' }), problemsWithId({ id: 'fleet--hub' })].map((p) => p.length)).toEqual([1, 1]);
  });

  it('takes the next port after the highest portal, skipping the API and taken ones', () => {
    expect(nextFreePort({ used: [3001, 3002, 3003] })).toBe(3004);
    expect(nextFreePort({ used: [] })).toBe(3001);
    expect(problemsWithPort({ port: 80, used: [] })).toHaveLength(1);
  });

  it('refuses a template placeholder it has no value for, and quotes names for TypeScript', () => {
    expect(() => renderTemplate({ text: '{{id}} {{colour}}', values: { id: 'x' }, source: 't' })).toThrow('no value for {{colour}}');
    expect(typescriptString({ value: "O'Brien \\ Co" })).toBe("'O\\'Brien \\\\ Co'");
  });
});
