import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS } from './arbitraries.js';
import { playScenario, scenarioArbitrary } from './scenario.js';

describe('administrators are never all gone', () => {
  it('R11: no sequence of planned operations leaves a tenant without a user holding administrator directly', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const step of playScenario(scenario)) {
          const administrators = step.after.applicationGrants.filter((g) => g.kind === 'user' && g.role === 'administrator');
          expect(administrators.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
