import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadedAsRead } from '../../test/properties/loaded-as-read.js';
import { changesOf } from '../../test/properties/random-tenant-change.js';
import { everyProduct, RUNS } from '../../test/properties/random-tenant-state.js';
import { referenceApplyTenantChange } from '../../test/properties/reference-apply-tenant-change.js';
import { asSet, LISTS } from '../../test/properties/same-decisions.js';
import { applyTenantChange } from './apply-tenant-change.js';
import type { Effect } from '../model/effect.js';
import { apiKeyRecord, tenantState } from '../../test/properties/fixtures.js';
import { applyEffects, EffectApplier } from './apply-effects.js';

const base = tenantState({ userRoles: { ada: 'administrator', cy: 'consumer' }, apiKeys: [apiKeyRecord({ id: 'k1' })] });
const cy = { kind: 'user', email: 'cy@example.com' } as const;
const key = { kind: 'apiKey', id: 'k1' } as const;

const effects: Effect[] = [
  { type: 'revoke-application-role', principal: cy, role: 'consumer' },
  { type: 'grant-application-role', principal: { kind: 'user', email: 'New@X.com' }, role: 'consumer' },
  { type: 'grant-application-role', principal: cy, role: 'consumer' },
  { type: 'grant-application-role', principal: cy, role: 'consumer' },
  { type: 'grant-application-role', principal: key, role: 'project-creator' },
  { type: 'grant-project-role', principal: cy, projectId: 'p1', role: 'viewer' },
  { type: 'delete-api-key', apiKeyId: 'k1' },
  { type: 'accept-invitations', email: 'new@x.com' },
];

describe('applyEffects', () => {
  it('R3: a revoked role granted again is held once, after the grants made before it', () => {
    const after = applyEffects({ state: base, effects: effects.slice(0, 4) });
    expect(after.applicationGrants).toEqual([
      { principalId: 'ada', kind: 'user', role: 'administrator' },
      { principalId: 'user:new@x.com', kind: 'user', role: 'consumer' },
      { principalId: 'cy', kind: 'user', role: 'consumer' },
    ]);
  });

  it('R13: deleting a key drops its grants with it', () => {
    const after = applyEffects({ state: base, effects });
    expect(after.apiKeys).toEqual([]);
    expect(after.applicationGrants.some((grant) => grant.principalId === 'k1')).toBe(false);
    expect(after.users.find((user) => user.email === 'new@x.com')?.hasSignedIn).toBe(true);
  });

  it('R11: effects applied one at a time to one working state leave what applying them at once leaves', () => {
    const working = new EffectApplier({ state: base });
    effects.forEach((effect, step) => {
      working.apply({ effects: [effect] });
      expect(working.state).toEqual(applyEffects({ state: base, effects: effects.slice(0, step + 1) }));
    });
    expect(base.applicationGrants).toHaveLength(2);
  });
});

describe('applyEffects over indexes', () => {
  it('R3, R7, R13, R17, R21: leaves the lists the plain-list reference leaves (grants in the same order when given as lists) after random changes of every kind, from a loaded or a listed state', () => {
    fc.assert(
      fc.property(
        everyProduct.chain(({ product, state }) => fc.record({ state: fc.constant(state), changes: changesOf(product), loaded: fc.boolean() })),
        ({ state, changes, loaded }) => {
          let indexed = loaded ? loadedAsRead({ state }) : state;
          let reference = state;
          for (const change of changes) {
            indexed = applyTenantChange({ state: indexed, change });
            reference = referenceApplyTenantChange({ state: reference, change });
          }
          // A loaded state lists its grants in the order of its groups; one given as lists keeps its order.
          if (!loaded) for (const list of ['applicationGrants', 'projectGrants', 'legacyGrants'] as const) expect(indexed[list], list).toEqual(reference[list]);
          // Ids are unique where the database keeps them: a list is compared as the set of what it holds.
          for (const list of LISTS) expect(asSet(indexed[list]), list).toEqual(asSet(reference[list]));
          expect([indexed.roleModel, indexed.settings]).toEqual([reference.roleModel, reference.settings]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
