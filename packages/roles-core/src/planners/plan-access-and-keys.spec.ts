import { describe, expect, it } from 'vitest';
import type { AnyProduct } from '../define-product.js';
import { assist, integrate, monitor } from '../products/index.js';
import { apiKeyRecord, asUser, emailOf, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { applyEffects } from './apply-effects.js';
import { describeGroup } from './describe-group.js';
import { planAcceptInvitations } from './plan-accept-invitations.js';
import { planAddApplicationMembers } from './plan-add-application-members.js';
import { planCreateApiKey } from './plan-create-api-key.js';
import { planDeleteApiKey } from './plan-delete-api-key.js';
import { planDirectorySearch } from './plan-directory-search.js';

const now = '2026-01-01T00:00:00.000Z';
const base = tenantState({ userRoles: { ada: 'administrator', cy: 'consumer' } });

describe('API keys', () => {
  it('R20: an expiry given with an offset is stored as the same moment in UTC, so it stops the key on time', () => {
    const planned = planCreateApiKey({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      now,
      request: { apiKeyId: 'k2', description: 'offset', expiresAt: '2027-01-01T09:30:00+14:00' },
    });
    if (!planned.ok) throw new Error(planned.refusal.message);
    expect(applyEffects({ state: base, effects: planned.effects }).apiKeys.map((key) => key.expiresAt)).toEqual(['2026-12-31T19:30:00.000Z']);
  });

  it('R20: a key has a description, an optional future expiry and IPv4 limits; bad values are VALIDATION', () => {
    const good = planCreateApiKey({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      now,
      request: { apiKeyId: 'k1', description: ' CI ', expiresAt: '2027-01-01T00:00:00Z', allowedIps: ['10.0.0.0/8', '192.168.1.7'] },
    });
    if (!good.ok) throw new Error(good.refusal.message);
    expect(applyEffects({ state: base, effects: good.effects }).apiKeys).toEqual([
      { id: 'k1', description: 'CI', createdAt: now, expiresAt: '2027-01-01T00:00:00.000Z', allowedIps: ['10.0.0.0/8', '192.168.1.7'] },
    ]);
    for (const bad of [{ expiresAt: '2020-01-01T00:00:00Z' }, { allowedIps: ['300.1.1.1'] }, { allowedIps: ['::1'] }, { description: '  ' }]) {
      const result = planCreateApiKey({ product: integrate, state: base, actor: asUser('ada'), now, request: { apiKeyId: 'k2', description: 'x', ...bad } });
      expect(result).toMatchObject({ ok: false, refusal: { code: 'VALIDATION' } });
    }
  });

  it('R13: deleting a key removes every grant it holds, application and project', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      projects: [{ id: 'p1', name: 'P1', departmentId: null }],
      projectGrants: [{ projectId: 'p1', principalId: 'k1', kind: 'apiKey', role: 'member' }],
    });
    const withRole = { ...state, applicationGrants: [...state.applicationGrants, { principalId: 'k1', kind: 'apiKey' as const, role: 'consumer' as const }] };
    const result = planDeleteApiKey({ product: integrate, state: withRole, actor: asUser('ada'), request: { apiKeyId: 'k1' } });
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state: withRole, effects: result.effects });
    expect([after.apiKeys, after.projectGrants, after.applicationGrants.filter((g) => g.kind === 'apiKey')]).toEqual([[], [], []]);
    expect(planDeleteApiKey({ product: integrate, state: after, actor: asUser('ada'), request: { apiKeyId: 'k1' } })).toMatchObject({
      ok: false,
      refusal: { code: 'NOT_FOUND' },
    });
  });

  it('R20: an Assist key acts as an administrator and may manage members; a Monitor key from before the cutoff too, until it holds a role', () => {
    const assistState = tenantState({ productId: 'assist', userRoles: { ada: 'administrator' }, apiKeys: [apiKeyRecord({ id: 'k1' })] });
    const request = { role: 'consumer' as const, kind: 'user' as const, emails: 'x@y.com' };
    expect(planAddApplicationMembers({ product: assist, state: assistState, actor: { kind: 'apiKey', apiKeyId: 'k1' }, request }).ok).toBe(true);
    const monitorState = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator' },
      apiKeys: [apiKeyRecord({ id: 'old', createdAt: '2023-01-01T00:00:00Z' })],
    });
    expect(planAddApplicationMembers({ product: monitor, state: monitorState, actor: { kind: 'apiKey', apiKeyId: 'old' }, request }).ok).toBe(true);
    const withRole = {
      ...monitorState,
      applicationGrants: [...monitorState.applicationGrants, { principalId: 'old', kind: 'apiKey' as const, role: 'consumer' as const }],
    };
    expect(planAddApplicationMembers({ product: monitor, state: withRole, actor: { kind: 'apiKey', apiKeyId: 'old' }, request })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });
});

describe('invitations and lookup', () => {
  it('R4: the first sign-in accepts every pending invitation for the email, whatever its case', () => {
    const state = { ...base, users: [...base.users, userRecord({ id: 'ivy', hasSignedIn: false })] };
    const result = planAcceptInvitations({ request: { email: ` ${emailOf('IVY')} ` } });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects[0]).toEqual({ type: 'accept-invitations', email: emailOf('ivy') });
    expect(applyEffects({ state, effects: result.effects }).users.find((u) => u.id === 'ivy')?.hasSignedIn).toBe(true);
  });

  it('R5: searching the directory is refused when the organization or the product has lookup off, or the actor is a guest', () => {
    const search = (kind: 'users' | 'groups', organizationLookup: { users: boolean; groups: boolean }, state = base, product: AnyProduct = integrate) =>
      planDirectorySearch({ product, state, actor: asUser('ada'), request: { kind, organizationLookup } });
    expect(search('users', { users: true, groups: false }).ok).toBe(true);
    expect(search('groups', { users: true, groups: false })).toMatchObject({ ok: false, refusal: { code: 'LOOKUP_DISABLED' } });
    const guest = { ...base, users: base.users.map((u) => (u.id === 'ada' ? { ...u, guest: true } : u)) };
    expect(search('users', { users: true, groups: true }, guest)).toMatchObject({ ok: false, refusal: { code: 'LOOKUP_DISABLED' } });
    const monitorState = { ...base, productId: 'monitor' };
    expect(search('users', { users: true, groups: true }, monitorState, monitor)).toMatchObject({ ok: false, refusal: { code: 'LOOKUP_DISABLED' } });
    // Monitor's groups follow the organization's switch (issue 17): found by name, never typed as ids.
    expect(search('groups', { users: true, groups: true }, monitorState, monitor).ok).toBe(true);
    expect(search('groups', { users: true, groups: false }, monitorState, monitor)).toMatchObject({ ok: false, refusal: { code: 'LOOKUP_DISABLED' } });
  });

  it("R6: a group's members and its email are listed from the add screen", () => {
    const state = tenantState({ groups: [{ ...groupRecord({ id: 'g1', members: ['zed', 'amy'] }), email: 'team@example.com' }] });
    expect(describeGroup({ state, groupId: 'g1' })).toEqual({
      ok: true,
      group: { id: 'g1', name: 'g1', email: 'team@example.com', memberEmails: [emailOf('amy'), emailOf('zed')] },
    });
    expect(describeGroup({ state, groupId: 'nope' })).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
  });

  it('R7: a user gains and loses what a group grants as the directory changes, without touching the role', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      extraUsers: [userRecord({ id: 'gil' })],
      groups: [groupRecord({ id: 'admins', members: ['gil'] })],
    });
    const withGroup = {
      ...state,
      applicationGrants: [...state.applicationGrants, { principalId: 'admins', kind: 'group' as const, role: 'administrator' as const }],
    };
    const request = { role: 'consumer' as const, kind: 'user' as const, emails: 'x@y.com' };
    expect(planAddApplicationMembers({ product: integrate, state: withGroup, actor: asUser('gil'), request }).ok).toBe(true);
    const left = { ...withGroup, groups: [groupRecord({ id: 'admins', members: [] })] };
    expect(planAddApplicationMembers({ product: integrate, state: left, actor: asUser('gil'), request })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });
});
