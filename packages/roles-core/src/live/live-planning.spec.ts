import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS } from '../../test/properties/arbitraries.js';
import { referenceApplyTenantChange } from '../../test/properties/reference-apply-tenant-change.js';
import { runOperation } from '../../test/properties/run-operation.js';
import { scenarioArbitrary } from '../../test/properties/scenario.js';
import { expectSameDecisions } from '../../test/properties/same-decisions.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import { LiveTenant } from './live-tenant.js';

describe('planning over a live tenant', () => {
  it("R3, R9, R10, R11, R12, R13, R16: every planner answers over a live tenant's state exactly as over the same state as plain lists, step after step", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ product, state, steps }) => {
        const live = new LiveTenant({ product, state });
        let plain = state;
        for (const { actor, operation } of steps) {
          const overLive = runOperation({ product, state: live.state, actor, operation });
          const overPlain = runOperation({ product, state: plain, actor, operation });
          expect(overLive, JSON.stringify(operation)).toEqual(overPlain);
          if (!overPlain.ok) continue;
          const change = { effects: overPlain.effects, users: [], groups: [], removedGroupIds: [] };
          live.apply(change);
          plain = referenceApplyTenantChange({ state: plain, change });
        }
        expectSameDecisions({
          product,
          actual: live.decisions,
          expected: compileTenant({ product, state: plain }),
          isMember: (userId) => live.isMember(userId),
        });
      }),
      { numRuns: Math.max(20, Math.round(NUM_RUNS / 10)) },
    );
  });
});
