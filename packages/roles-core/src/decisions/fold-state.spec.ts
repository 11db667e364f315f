import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, everyProduct, GROUPS, KEYS, PROJECTS, RECORDS, RUNS, USERS } from '../../test/properties/random-tenant-state.js';
import { compileTenant } from './compile-tenant.js';

describe('folded masks', () => {
  it('R23: every check answers what its explanation says, for every principal, permission and resource', () => {
    fc.assert(
      fc.property(everyProduct, ({ product, state }) => {
        const decisions = compileTenant({ product, state });
        const selectors = [
          ...[...USERS, ...GROUPS, ...KEYS, 'ghost', 'k-deleted'].map((principalId) => ({ principalId })),
          { email: 'stranger@example.com' },
          { email: 'U2@Example.com' },
        ];
        const places = [{}, ...[...PROJECTS, ...DEPARTMENTS, 'p-gone'].map((projectId) => ({ projectId })), ...RECORDS.map((recordId) => ({ recordId }))];
        for (const selector of selectors) {
          for (const permission of product.index.permissionIds) {
            for (const place of places) {
              const query = { ...selector, ...place, permission };
              expect(decisions.can(query), JSON.stringify(query)).toBe(decisions.explain(query).allowed);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
