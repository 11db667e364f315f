import { describe, expect, it } from 'vitest';
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
