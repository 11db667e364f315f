import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS } from './arbitraries.js';
import { emailOf } from './fixtures.js';
import { playScenario, scenarioArbitrary } from './scenario.js';

describe('nobody removes themselves', () => {
  it('R10: no accepted plan takes a role away from the user who asked for it', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const { actor, result } of playScenario(scenario)) {
          if (!result.ok || actor.kind !== 'user') continue;
          const own = result.effects.filter(
            (e) =>
              (e.type === 'revoke-application-role' || e.type === 'revoke-project-role') &&
              e.principal.kind === 'user' &&
              e.principal.email === emailOf(actor.userId),
          );
          expect(own).toEqual([]);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
