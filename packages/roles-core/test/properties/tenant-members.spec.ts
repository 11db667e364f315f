import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserInTenant, tenantMemberIds } from '../../src/planners/tenant-queries.js';
import { NUM_RUNS, PRODUCTS, tenantOf } from './arbitraries.js';

describe('who is a member', () => {
  it('Contract "Who is a member": the members set built once per state answers as the per-user test, for every user of random tenants', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRODUCTS).chain(tenantOf), (state) => {
        const members = tenantMemberIds({ state });
        for (const user of state.users) expect(members.has(user.id), user.id).toBe(isUserInTenant({ state, userId: user.id }));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
