import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS } from './arbitraries.js';
import { emailOf } from './fixtures.js';
import { playScenario, scenarioArbitrary } from './scenario.js';

describe('nobody removes themselves', () => {
  it('R10: no accepted plan takes a role away from the user who asked for it (but for the roles on a project they delete)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const { actor, result } of playScenario(scenario)) {
          if (!result.ok || actor.kind !== 'user') continue;
          // A project deleted by its owner takes the owner's role with it: nothing is left to be locked out of.
          const deleted = new Set(result.effects.flatMap((e) => (e.type === 'delete-project' ? [e.projectId] : [])));
          const own = result.effects.filter(
            (e) =>
              (e.type === 'revoke-application-role' || (e.type === 'revoke-project-role' && !deleted.has(e.projectId))) &&
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
