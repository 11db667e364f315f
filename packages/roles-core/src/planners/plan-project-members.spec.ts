import { describe, expect, it } from 'vitest';
import type { AnyProduct } from '../define-product.js';
import { integrate, monitor } from '../products/index.js';
import { apiKeyRecord, asUser, emailOf, tenantState } from '../../test/properties/fixtures.js';
import { sampleProduct } from '../../test/properties/sample-product.js';
import { applyEffects } from './apply-effects.js';
import { planAddProjectMembers } from './plan-add-project-members.js';
import { planCreateProject } from './plan-create-project.js';
import { isLimitedMember } from './limited-member-references.js';
import { planRemoveProjectMember } from './plan-remove-project-member.js';

const project = { id: 'p1', name: 'P1', departmentId: null };

describe('planCreateProject', () => {
  it('R16: a user who creates a project becomes its owner', () => {
    const state = tenantState({ userRoles: { pc: 'project-creator' } });
    const result = planCreateProject({ product: integrate, state, actor: asUser('pc'), request: { projectId: 'p9', name: 'Sales' } });
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state, effects: result.effects });
    expect(after.projects).toEqual([{ id: 'p9', name: 'Sales', departmentId: null }]);
    expect(after.projectGrants).toEqual([{ projectId: 'p9', principalId: 'pc', kind: 'user', role: 'owner' }]);
  });

  it('R16: consumers cannot create projects', () => {
    const state = tenantState({ userRoles: { cy: 'consumer' } });
    expect(planCreateProject({ product: integrate, state, actor: asUser('cy'), request: { projectId: 'p9', name: 'X' } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });

  it('R16: in Monitor a tenant setting restricts project creation to administrators', () => {
    const state = tenantState({ productId: 'monitor', userRoles: { ada: 'administrator', pc: 'project-creator' } });
    const restricted = { ...state, settings: { projectCreation: 'administrators' as const } };
    const request = { projectId: 'p9', name: 'X' };
    expect(planCreateProject({ product: monitor, state, actor: asUser('pc'), request }).ok).toBe(true);
    expect(planCreateProject({ product: monitor, state: restricted, actor: asUser('pc'), request })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    expect(planCreateProject({ product: monitor, state: restricted, actor: asUser('ada'), request }).ok).toBe(true);
  });
});

describe('planAddProjectMembers', () => {
  const state = tenantState({
    userRoles: { ada: 'administrator', own: 'project-creator', cy: 'consumer', con: 'consumer' },
    projects: [project],
    projectGrants: [
      { projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' },
      { projectId: 'p1', principalId: 'con', kind: 'user', role: 'contributor' },
    ],
    apiKeys: [apiKeyRecord({ id: 'k1' })],
  });
  const add = (actor: string, role: string, emails: string, product: AnyProduct = integrate, tenant = state) =>
    planAddProjectMembers({ product, state: tenant, actor: asUser(actor), request: { projectId: 'p1', role, kind: 'user', emails } });

  it('R16: owners and tenant-wide project managers add members; others cannot', () => {
    expect(add('own', 'member', emailOf('cy')).ok).toBe(true);
    expect(add('ada', 'member', emailOf('cy')).ok).toBe(true);
    expect(add('con', 'member', emailOf('cy'))).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('R16: project roles are given to API keys too, and an unknown role is VALIDATION', () => {
    const key = planAddProjectMembers({
      product: integrate,
      state,
      actor: asUser('own'),
      request: { projectId: 'p1', role: 'manager', kind: 'apiKey', apiKeyIds: ['k1'] },
    });
    expect(key).toMatchObject({ ok: true, outcome: { added: [{ kind: 'apiKey', id: 'k1' }] } });
    expect(add('own', 'boss', emailOf('cy'))).toMatchObject({ ok: false, refusal: { code: 'VALIDATION' } });
  });

  it('R16a: an email not yet in the tenant becomes a consumer with the project role and is invited', () => {
    const result = add('own', 'member', 'fresh@x.com');
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.outcome.invited).toEqual(['fresh@x.com']);
    expect(result.effects).toContainEqual({ type: 'send-invitation', email: 'fresh@x.com', invitedBy: asUser('own') });
    const after = applyEffects({ state, effects: result.effects });
    const fresh = after.users.find((u) => u.email === 'fresh@x.com')!;
    expect(after.applicationGrants).toContainEqual({ principalId: fresh.id, kind: 'user', role: 'consumer' });
    expect(after.projectGrants).toContainEqual({ projectId: 'p1', principalId: fresh.id, kind: 'user', role: 'member' });
  });

  it('R17: nobody makes someone a Limited Member by hand (NOT_ASSIGNABLE)', () => {
    const monitorState = { ...state, productId: 'monitor' };
    expect(add('own', 'limited-member', emailOf('cy'), monitor, monitorState)).toMatchObject({ ok: false, refusal: { code: 'NOT_ASSIGNABLE' } });
  });

  it('R9: a project owner may only give project roles whose permissions they hold there', () => {
    const sample = tenantState({
      productId: 'sample',
      userRoles: { ada: 'administrator', stew: 'consumer', cy: 'consumer' },
      projects: [project],
      projectGrants: [{ projectId: 'p1', principalId: 'stew', kind: 'user', role: 'steward' }],
    });
    expect(add('stew', 'editor', emailOf('cy'), sampleProduct, sample)).toMatchObject({
      ok: false,
      refusal: { code: 'ESCALATION', missingPermissions: ['project.edit'] },
    });
    expect(add('stew', 'viewer', emailOf('cy'), sampleProduct, sample).ok).toBe(true);
  });

  it('R10: moving yourself to another project role is removing yourself', () => {
    expect(add('own', 'member', emailOf('own'))).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });
});

describe('planRemoveProjectMember', () => {
  const base = tenantState({
    productId: 'monitor',
    userRoles: { ada: 'administrator', lim: 'consumer', mem: 'consumer' },
    projects: [project],
    projectGrants: [{ projectId: 'p1', principalId: 'mem', kind: 'user', role: 'member' }],
    records: [{ id: 'r1', projectId: 'p1', assigneeUserId: 'lim', ruleId: null }],
  });
  const removeFrom = (principalId: string, state = base) =>
    planRemoveProjectMember({ product: monitor, state, actor: asUser('ada'), request: { projectId: 'p1', principalId } });

  it('R16: removing a project member takes their project role away', () => {
    const result = removeFrom('mem');
    if (!result.ok) throw new Error(result.refusal.message);
    expect(applyEffects({ state: base, effects: result.effects }).projectGrants).toEqual([]);
  });

  it('R17: a derived Limited Member cannot be removed while references exist; once none is left it is gone', () => {
    expect(removeFrom('lim')).toMatchObject({
      ok: false,
      refusal: { code: 'LIMITED_MEMBER_REFERENCED', blocking: { records: [{ id: 'r1', projectId: 'p1' }], rules: [] } },
    });
    expect(removeFrom('lim', { ...base, records: [] })).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
  });

  it('R17 with R7: a project role held through a group means no Limited Member, and removing the user from that project is NOT_FOUND', () => {
    const state = {
      ...base,
      groups: [{ id: 'g1', name: 'Analysts', email: null, memberEmails: [emailOf('lim').toUpperCase()] }],
      projectGrants: [...base.projectGrants, { projectId: 'p1', principalId: 'g1', kind: 'group' as const, role: 'member' }],
    };
    expect(isLimitedMember({ product: monitor, state, userId: 'lim', projectId: 'p1' })).toBe(false);
    expect(isLimitedMember({ product: monitor, state: base, userId: 'lim', projectId: 'p1' })).toBe(true);
    expect(removeFrom('lim', state)).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
  });

  it('R17: a referenced user who holds a role of their own is no Limited Member; removing that role works, asking for limited-member is NOT_FOUND', () => {
    const state = { ...base, records: [...base.records, { id: 'r2', projectId: 'p1', assigneeUserId: 'mem', ruleId: null }] };
    expect(isLimitedMember({ product: monitor, state, userId: 'mem', projectId: 'p1' })).toBe(false);
    const asLimited = planRemoveProjectMember({
      product: monitor,
      state,
      actor: asUser('ada'),
      request: { projectId: 'p1', principalId: 'mem', role: 'limited-member' },
    });
    expect(asLimited).toMatchObject({ ok: false, refusal: { code: 'NOT_FOUND' } });
    expect(removeFrom('mem', state)).toMatchObject({ ok: true });
  });

  it('R10: nobody removes themselves from a project role', () => {
    const state = { ...base, projectGrants: [...base.projectGrants, { projectId: 'p1', principalId: 'ada', kind: 'user' as const, role: 'owner' }] };
    expect(planRemoveProjectMember({ product: monitor, state, actor: asUser('ada'), request: { projectId: 'p1', principalId: 'ada' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CANNOT_REMOVE_SELF' },
    });
  });
});
