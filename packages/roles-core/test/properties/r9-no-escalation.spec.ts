import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/decisions/index.js';
import { NUM_RUNS } from './arbitraries.js';
import { playScenario, scenarioArbitrary } from './scenario.js';

describe('nobody grants more than they hold', () => {
  it('R9: every role an accepted plan hands out carries only permissions its actor held, tenant-wide or on that project', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { product } = scenario;
        for (const { before, actor, operation, result } of playScenario(scenario)) {
          if (!result.ok || (operation.op !== 'add-app' && operation.op !== 'add-project')) continue;
          const decisions = compileTenant({ product, state: before });
          const principalId = actor.kind === 'user' ? actor.userId : actor.apiKeyId;
          for (const effect of result.effects) {
            if (effect.type === 'grant-application-role' && effect.role === operation.role) {
              for (const permission of product.applicationRoles[effect.role].permissions) {
                expect(decisions.can({ principalId, permission }), `${permission} given by ${principalId}`).toBe(true);
              }
            }
            if (effect.type === 'grant-project-role') {
              for (const permission of product.projectRoles[effect.role]!.permissions) {
                expect(decisions.can({ principalId, permission, projectId: effect.projectId }), `${permission} on ${effect.projectId}`).toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
