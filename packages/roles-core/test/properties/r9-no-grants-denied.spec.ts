import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/decisions/index.js';
import { NUM_RUNS, operationOf, PRODUCTS, PROJECT_IDS, tenantOf } from './arbitraries.js';
import { userRecord } from './fixtures.js';
import { runOperation } from './run-operation.js';

describe('no grants, no access', () => {
  it('R9: a principal holding no grant is denied every permission and every planned change', () => {
    const scenario = fc
      .constantFrom(...PRODUCTS)
      .chain((product) =>
        fc.record({ product: fc.constant(product), state: tenantOf(product), operations: fc.array(operationOf(product), { minLength: 1, maxLength: 5 }) }),
      );
    fc.assert(
      fc.property(scenario, ({ product, state, operations }) => {
        const withOutsider = { ...state, users: [...state.users, userRecord({ id: 'outsider' })] };
        const decisions = compileTenant({ product, state: withOutsider });
        const permissions = [...Object.keys(product.permissions), ...Object.keys(product.projectPermissions)];
        for (const permission of permissions) {
          expect(decisions.can({ principalId: 'outsider', permission })).toBe(false);
          for (const projectId of PROJECT_IDS) expect(decisions.can({ principalId: 'outsider', permission, projectId })).toBe(false);
        }
        for (const operation of operations) {
          const result = runOperation({ product, state: withOutsider, actor: { kind: 'user', userId: 'outsider' }, operation });
          expect(result.ok, JSON.stringify(operation)).toBe(false);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
