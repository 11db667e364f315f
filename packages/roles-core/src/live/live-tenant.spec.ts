import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadedAsRead } from '../../test/properties/loaded-as-read.js';
import { referenceApplyTenantChange } from '../../test/properties/reference-apply-tenant-change.js';
import { changesOf } from '../../test/properties/random-tenant-change.js';
import { everyProduct, RUNS } from '../../test/properties/random-tenant-state.js';
import { expectSameDecisions } from '../../test/properties/same-decisions.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import { products } from '../products/index.js';
import { LiveTenant } from './live-tenant.js';

// Products are named by id, so a failing case prints readably.
const caseArbitrary = everyProduct.chain(({ product, state }) =>
  fc.record({
    productId: fc.constant(product.id),
    state: fc.constant(state),
    changes: changesOf(product),
    loaded: fc.boolean(),
    packed: fc.boolean(),
    rebuilds: fc.boolean(),
  }),
);
const productOf = (id: string) => products.find((product) => product.id === id)!;

describe('a live tenant', () => {
  it('R7, R13, R17, R19, R20, R21: after random changes of every kind, a live tenant answers checks, explanations, effective permissions, members and lists exactly as the end state compiled afresh, from a loaded or a listed base, folding its overlay back or not', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ productId, state, changes, loaded, packed, rebuilds }) => {
        const product = productOf(productId);
        const live = new LiveTenant({ product, state: loaded ? loadedAsRead({ state, packed }) : state, ...(rebuilds ? { rebuildFloor: 0 } : {}) });
        let plain = state;
        for (const change of changes) {
          live.apply(change);
          plain = referenceApplyTenantChange({ state: plain, change });
        }
        expectSameDecisions({
          product,
          actual: live.decisions,
          expected: compileTenant({ product, state: plain }),
          isMember: (userId) => live.isMember(userId),
          extraIds: ['ghost', 'k-deleted', 'g-unloaded', 'k2', 'g2', 'n0', 'n-stranger'],
          extraEmails: ['stranger@example.com', 'U2@Example.com', 'new0@example.com'],
        });
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 2)) },
    );
  });

  it('R7, R13, R17, R19, R20, R21: answers as the state compiled afresh after every single change of a sequence, not only at its end', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ productId, state, changes, loaded }) => {
        const product = productOf(productId);
        const live = new LiveTenant({ product, state: loaded ? loadedAsRead({ state }) : state });
        let plain = state;
        for (const change of changes) {
          live.apply(change);
          plain = referenceApplyTenantChange({ state: plain, change });
          expectSameDecisions({
            product,
            actual: live.decisions,
            expected: compileTenant({ product, state: plain }),
            isMember: (userId) => live.isMember(userId),
          });
        }
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 10)) },
    );
  });
});
