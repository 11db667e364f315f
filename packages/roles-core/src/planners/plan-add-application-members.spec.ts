import { describe, expect, it } from 'vitest';
import { integrate } from '../products/index.js';
import { apiKeyRecord, asUser, emailOf, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { sampleProduct } from '../../test/properties/sample-product.js';
import { applyEffects } from './apply-effects.js';
import { planAddApplicationMembers } from './plan-add-application-members.js';

const base = tenantState({ userRoles: { ada: 'administrator', cy: 'consumer', pc: 'project-creator' } });

describe('planAddApplicationMembers', () => {
  it('R1: members of a role are users, groups or API keys', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      groups: [groupRecord({ id: 'g1', members: [] })],
      apiKeys: [apiKeyRecord({ id: 'k1' })],
    });
    const kinds = [
      { kind: 'user' as const, emails: 'new@x.com' },
      { kind: 'group' as const, groupIds: ['g1'] },
      { kind: 'apiKey' as const, apiKeyIds: ['k1'] },
    ].map((body) => {
      const result = planAddApplicationMembers({ product: integrate, state, actor: asUser('ada'), request: { role: 'consumer', ...body } });
      return result.ok ? [...result.outcome.added.map((p) => p.kind), ...result.outcome.invited.map(() => 'user')] : [];
    });
    expect(kinds).toEqual([['user'], ['group'], ['apiKey']]);
  });

  it('R3: a user new to the tenant is invited with an invitation mail that records who invited them', () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      request: { role: 'consumer', kind: 'user', emails: 'New@X.com' },
    });
    expect(result).toMatchObject({ ok: true, outcome: { invited: ['new@x.com'] } });
    if (!result.ok) return;
    expect(result.effects).toContainEqual({ type: 'send-invitation', email: 'new@x.com', invitedBy: asUser('ada') });
    const after = applyEffects({ state: base, effects: result.effects });
    const user = after.users.find((u) => u.email === 'new@x.com');
    expect(user?.hasSignedIn).toBe(false);
    expect(after.applicationGrants).toContainEqual({ principalId: user?.id, kind: 'user', role: 'consumer' });
  });

  it('R3: a user already in the tenant moves to the new role and holds one application role', () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      request: { role: 'project-creator', kind: 'user', emails: emailOf('cy') },
    });
    expect(result).toMatchObject({ ok: true, outcome: { moved: [{ email: emailOf('cy'), from: 'consumer', to: 'project-creator' }] } });
    if (!result.ok) return;
    const after = applyEffects({ state: base, effects: result.effects });
    expect(after.applicationGrants.filter((g) => g.principalId === 'cy').map((g) => g.role)).toEqual(['project-creator']);
    expect(result.effects.some((e) => e.type === 'send-invitation')).toBe(false);
  });

  it('R3: adding someone who already holds the role, or twice in one request, changes nothing', () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      request: { role: 'consumer', kind: 'user', emails: `${emailOf('cy')};${emailOf('CY')}` },
    });
    expect(result).toMatchObject({ ok: true, effects: [], outcome: { unchanged: [{ kind: 'user', email: emailOf('cy') }] } });
  });

  it('R10: moving yourself to another role is removing yourself', () => {
    const state = tenantState({ userRoles: { ada: 'administrator', bo: 'administrator' } });
    const result = planAddApplicationMembers({
      product: integrate,
      state,
      actor: asUser('ada'),
      request: { role: 'consumer', kind: 'user', emails: emailOf('ada') },
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });

  it('R11: the last administrator cannot be moved away, even by an administrator through a group', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      extraUsers: [userRecord({ id: 'gus' })],
      groups: [groupRecord({ id: 'admins', members: ['gus'] })],
      applicationGrants: [
        { principalId: 'ada', kind: 'user', role: 'administrator' },
        { principalId: 'admins', kind: 'group', role: 'administrator' },
      ],
    });
    const result = planAddApplicationMembers({
      product: integrate,
      state,
      actor: asUser('gus'),
      request: { role: 'consumer', kind: 'user', emails: emailOf('ada') },
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'LAST_ADMINISTRATOR' } });
  });

  it('R8: groups and API keys may hold several application roles', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      groups: [groupRecord({ id: 'g1', members: [] })],
      apiKeys: [apiKeyRecord({ id: 'k1' })],
    });
    const withConsumer = applyEffects({
      state,
      effects: [
        { type: 'grant-application-role', principal: { kind: 'group', id: 'g1' }, role: 'consumer' },
        { type: 'grant-application-role', principal: { kind: 'apiKey', id: 'k1' }, role: 'consumer' },
      ],
    });
    const group = planAddApplicationMembers({
      product: integrate,
      state: withConsumer,
      actor: asUser('ada'),
      request: { role: 'project-creator', kind: 'group', groupIds: ['g1'] },
    });
    const key = planAddApplicationMembers({
      product: integrate,
      state: withConsumer,
      actor: asUser('ada'),
      request: { role: 'project-creator', kind: 'apiKey', apiKeyIds: ['k1'] },
    });
    if (!group.ok || !key.ok) throw new Error('expected both to be planned');
    const after = applyEffects({ state: withConsumer, effects: [...group.effects, ...key.effects] });
    expect(after.applicationGrants.filter((g) => g.principalId === 'g1').map((g) => g.role)).toEqual(['consumer', 'project-creator']);
    expect(after.applicationGrants.filter((g) => g.principalId === 'k1').map((g) => g.role)).toEqual(['consumer', 'project-creator']);
  });

  it('R8: unknown group or key ids are NOT_FOUND', () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      request: { role: 'consumer', kind: 'group', groupIds: ['nope'] },
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
  });

  it("R9: without the product's user-management permission nobody adds members", () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('pc'),
      request: { role: 'consumer', kind: 'user', emails: 'x@y.com' },
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('R9: nobody grants a role carrying a permission they do not hold (ESCALATION lists what is missing)', () => {
    const state = tenantState({ productId: 'sample', userRoles: { ada: 'administrator', pc: 'project-creator' } });
    const blocked = planAddApplicationMembers({
      product: sampleProduct,
      state,
      actor: asUser('pc'),
      request: { role: 'administrator', kind: 'user', emails: 'x@y.com' },
    });
    expect(blocked).toMatchObject({ ok: false, refusal: { code: 'ESCALATION', missingPermissions: ['projects.manage', 'secrets.read'] } });
    const allowed = planAddApplicationMembers({
      product: sampleProduct,
      state,
      actor: asUser('pc'),
      request: { role: 'consumer', kind: 'user', emails: 'x@y.com' },
    });
    expect(allowed).toMatchObject({ ok: true, outcome: { invited: ['x@y.com'] } });
  });

  it('R24: every change is audited with its target, before and after', () => {
    const result = planAddApplicationMembers({
      product: integrate,
      state: base,
      actor: asUser('ada'),
      request: { role: 'project-creator', kind: 'user', emails: emailOf('cy') },
    });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.effects).toContainEqual({
      type: 'audit',
      action: 'application-role.member.moved',
      target: `user:${emailOf('cy')}`,
      before: { roles: ['consumer'] },
      after: { roles: ['project-creator'] },
    });
  });
});
