import { describe, expect, it } from 'vitest';
import type { AnyProduct } from '../define-product.js';
import { integrate, monitor } from '../products/index.js';
import { apiKeyRecord, asUser, emailOf, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { applyEffects } from './apply-effects.js';
import { planRemoveApplicationMember } from './plan-remove-application-member.js';

const twoAdmins = tenantState({ userRoles: { ada: 'administrator', bo: 'administrator', cy: 'consumer' } });

function remove(
  state: typeof twoAdmins,
  actor: string,
  principalId: string,
  role: 'administrator' | 'consumer' | 'project-creator',
  product: AnyProduct = integrate,
) {
  return planRemoveApplicationMember({ product, state, actor: asUser(actor), request: { principalId, role } });
}

describe('planRemoveApplicationMember', () => {
  it('R10: nobody can remove their own account, even with another administrator present', () => {
    expect(remove(twoAdmins, 'ada', 'ada', 'administrator')).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });

  it('R10: another administrator can remove them', () => {
    const result = remove(twoAdmins, 'bo', 'ada', 'administrator');
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state: twoAdmins, effects: result.effects });
    expect(after.applicationGrants.some((g) => g.principalId === 'ada')).toBe(false);
  });

  it('R11: the last administrator cannot be removed, invited administrators count', () => {
    const lone = tenantState({
      userRoles: { ada: 'administrator' },
      extraUsers: [userRecord({ id: 'gus' })],
      groups: [groupRecord({ id: 'admins', members: ['gus'] })],
    });
    const withGroup = {
      ...lone,
      applicationGrants: [...lone.applicationGrants, { principalId: 'admins', kind: 'group' as const, role: 'administrator' as const }],
    };
    expect(remove(withGroup, 'gus', 'ada', 'administrator')).toMatchObject({ ok: false, refusal: { code: 'LAST_ADMINISTRATOR' } });
    const invited = {
      ...withGroup,
      users: [...withGroup.users, userRecord({ id: 'ivy', hasSignedIn: false })],
      applicationGrants: [...withGroup.applicationGrants, { principalId: 'ivy', kind: 'user' as const, role: 'administrator' as const }],
    };
    expect(remove(invited, 'gus', 'ada', 'administrator').ok).toBe(true);
  });

  it('R12: removing a user from their application role removes them from every project role', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator', cy: 'consumer' },
      projects: [
        { id: 'p1', name: 'P1', departmentId: null },
        { id: 'p2', name: 'P2', departmentId: null },
      ],
      projectGrants: [
        { projectId: 'p1', principalId: 'cy', kind: 'user', role: 'member' },
        { projectId: 'p2', principalId: 'cy', kind: 'user', role: 'manager' },
      ],
    });
    const result = remove(state, 'ada', 'cy', 'consumer');
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state, effects: result.effects });
    expect(after.projectGrants).toEqual([]);
    expect(after.applicationGrants.map((g) => g.principalId)).toEqual(['ada']);
  });

  it('R13: an API key losing one of several roles keeps the others and its project roles', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      projects: [{ id: 'p1', name: 'P1', departmentId: null }],
      projectGrants: [{ projectId: 'p1', principalId: 'k1', kind: 'apiKey', role: 'member' }],
    });
    const withRoles = {
      ...state,
      applicationGrants: [
        ...state.applicationGrants,
        { principalId: 'k1', kind: 'apiKey' as const, role: 'consumer' as const },
        { principalId: 'k1', kind: 'apiKey' as const, role: 'project-creator' as const },
      ],
    };
    const result = remove(withRoles, 'ada', 'k1', 'consumer');
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state: withRoles, effects: result.effects });
    expect(after.apiKeys.map((k) => k.id)).toEqual(['k1']);
    expect(after.applicationGrants.filter((g) => g.principalId === 'k1').map((g) => g.role)).toEqual(['project-creator']);
    expect(after.projectGrants).toHaveLength(1);
  });

  it('R13: removing an API key from its last role deletes it from the tenant and every project role', () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      projects: [{ id: 'p1', name: 'P1', departmentId: null }],
      projectGrants: [{ projectId: 'p1', principalId: 'k1', kind: 'apiKey', role: 'member' }],
    });
    const withRole = { ...state, applicationGrants: [...state.applicationGrants, { principalId: 'k1', kind: 'apiKey' as const, role: 'consumer' as const }] };
    const result = remove(withRole, 'ada', 'k1', 'consumer');
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects).toContainEqual({ type: 'delete-api-key', apiKeyId: 'k1' });
    const after = applyEffects({ state: withRole, effects: result.effects });
    expect(after.apiKeys).toEqual([]);
    expect(after.projectGrants).toEqual([]);
  });

  it("R14: removing a group removes the group's own grants only; individually added users keep their project roles", () => {
    const state = tenantState({
      userRoles: { ada: 'administrator', gil: 'consumer' },
      groups: [groupRecord({ id: 'g1', members: ['gil'] })],
      projects: [{ id: 'p1', name: 'P1', departmentId: null }],
      projectGrants: [
        { projectId: 'p1', principalId: 'g1', kind: 'group', role: 'manager' },
        { projectId: 'p1', principalId: 'gil', kind: 'user', role: 'member' },
      ],
    });
    const withGroup = {
      ...state,
      applicationGrants: [...state.applicationGrants, { principalId: 'g1', kind: 'group' as const, role: 'project-creator' as const }],
    };
    const result = remove(withGroup, 'ada', 'g1', 'project-creator');
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state: withGroup, effects: result.effects });
    expect(after.projectGrants).toEqual([{ projectId: 'p1', principalId: 'gil', kind: 'user', role: 'member' }]);
    expect(after.applicationGrants.filter((g) => g.principalId === 'gil')).toHaveLength(1);
  });

  it('R17: a Monitor user with assigned records or rules emailing them is not removed; the answer lists them all', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator', lim: 'consumer' },
      projects: [{ id: 'p1', name: 'P1', departmentId: null }],
      records: [{ id: 'r1', projectId: 'p1', assigneeUserId: 'lim', ruleId: null }],
      communicationRules: [{ id: 'c1', projectId: 'p1', name: 'Daily', recipientUserIds: ['lim'] }],
    });
    const refused = remove(state, 'ada', 'lim', 'consumer', monitor);
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'LIMITED_MEMBER_REFERENCED' } });
    if (!refused.ok && refused.refusal.code === 'LIMITED_MEMBER_REFERENCED')
      expect(refused.refusal.blocking).toEqual({ records: [{ id: 'r1', projectId: 'p1' }], rules: [{ id: 'c1', projectId: 'p1', name: 'Daily' }] });
    const free = { ...state, records: [], communicationRules: [] };
    expect(remove(free, 'ada', 'lim', 'consumer', monitor).ok).toBe(true);
  });

  it('R9: only user managers remove members; a role the principal does not hold is NOT_FOUND', () => {
    expect(remove(twoAdmins, 'cy', 'bo', 'administrator')).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
    expect(remove(twoAdmins, 'ada', 'cy', 'administrator')).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
  });

  it('R24: a removal is audited with the roles before and after', () => {
    const result = remove(twoAdmins, 'ada', 'cy', 'consumer');
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects.at(-1)).toEqual({
      type: 'audit',
      action: 'application-role.member.removed',
      target: `user:${emailOf('cy')}`,
      before: { roles: ['consumer'], projectRoles: [] },
      after: { roles: [], projectRoles: [] },
    });
  });
});
