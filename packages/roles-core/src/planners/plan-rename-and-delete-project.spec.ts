import { describe, expect, it } from 'vitest';
import { apiKeyRecord, asUser, emailOf, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { assist, integrate, monitor } from '../products/index.js';
import { LiveTenant } from '../live/live-tenant.js';
import { applyEffects } from './apply-effects.js';
import { isLimitedMember } from './limited-member-references.js';
import { planCreateProject } from './plan-create-project.js';
import { planDeleteProject } from './plan-delete-project.js';
import { planRenameProject } from './plan-rename-project.js';
import { assignableProjectRolesWeakestFirst, weakestProjectRole } from './project-role-strength.js';

const alpha = { id: 'p1', name: 'Alpha', departmentId: null };
const beta = { id: 'p2', name: 'Beta', departmentId: null };

describe('project names are unique in a tenant (issue 17)', () => {
  const state = tenantState({
    userRoles: { ada: 'administrator', own: 'project-creator' },
    projects: [alpha, beta],
    projectGrants: [{ projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' }],
  });

  it('a new project named like another, whatever its case and spaces, is refused with CONFLICT', () => {
    const created = planCreateProject({ product: integrate, state, actor: asUser('ada'), request: { projectId: 'p9', name: '  alpha ' } });
    if (created.ok) throw new Error('created a second “Alpha”');
    expect(created.refusal).toEqual({ code: 'CONFLICT', message: 'A project named “Alpha” already exists in this tenant: choose another name.' });
  });

  it('renaming to another project’s name is CONFLICT; to its own name in another case is a rename, trimmed and audited', () => {
    const taken = planRenameProject({ product: integrate, state, actor: asUser('own'), request: { projectId: 'p1', name: 'BETA' } });
    expect(taken).toMatchObject({ ok: false, refusal: { code: 'CONFLICT' } });
    const recased = planRenameProject({ product: integrate, state, actor: asUser('own'), request: { projectId: 'p1', name: ' ALPHA ' } });
    if (!recased.ok) throw new Error(recased.refusal.message);
    expect(recased.effects).toEqual([
      { type: 'rename-project', projectId: 'p1', name: 'ALPHA' },
      { type: 'audit', action: 'project.renamed', target: 'project:p1', before: { name: 'Alpha' }, after: { name: 'ALPHA' } },
    ]);
    expect(applyEffects({ state, effects: recased.effects }).projects).toEqual([{ ...alpha, name: 'ALPHA' }, beta]);
  });

  it('the same name again changes nothing and writes nothing to the log; a blank name is VALIDATION', () => {
    expect(planRenameProject({ product: integrate, state, actor: asUser('own'), request: { projectId: 'p1', name: 'Alpha' } })).toEqual({
      ok: true,
      effects: [],
    });
    expect(planRenameProject({ product: integrate, state, actor: asUser('own'), request: { projectId: 'p1', name: '   ' } })).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION' },
    });
  });
});

describe('who may rename and delete a project', () => {
  it('Integrate and Monitor: administrators (projects.manage) and the project’s owners; not a contributor, nor a project creator of another project', () => {
    for (const product of [integrate, monitor]) {
      const state = tenantState({
        productId: product.id,
        userRoles: { ada: 'administrator', own: 'project-creator', con: 'project-creator' },
        projects: [alpha],
        projectGrants: [
          { projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' },
          { projectId: 'p1', principalId: 'con', kind: 'user', role: 'contributor' },
        ],
      });
      const plan = (actor: string) => planDeleteProject({ product, state, actor: asUser(actor), request: { projectId: 'p1' } });
      expect(plan('ada').ok, `${product.id} administrator`).toBe(true);
      expect(plan('own').ok, `${product.id} owner`).toBe(true);
      expect(plan('con'), `${product.id} contributor`).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
      expect(planRenameProject({ product, state, actor: asUser('con'), request: { projectId: 'p1', name: 'Mine' } })).toMatchObject({
        ok: false,
        refusal: { code: 'FORBIDDEN', message: 'You are not allowed to rename this project.' },
      });
    }
  });

  it('Assist: project.manage on the project (its owners), or projects.manage, which project creators hold (reference 003)', () => {
    const state = tenantState({
      productId: 'assist',
      userRoles: { pc: 'project-creator', cy: 'consumer', rd: 'consumer' },
      projects: [alpha],
      projectGrants: [
        { projectId: 'p1', principalId: 'cy', kind: 'user', role: 'owner' },
        { projectId: 'p1', principalId: 'rd', kind: 'user', role: 'contributor' },
      ],
    });
    const plan = (actor: string) => planRenameProject({ product: assist, state, actor: asUser(actor), request: { projectId: 'p1', name: 'Renamed' } });
    expect(plan('pc').ok).toBe(true);
    expect(plan('cy').ok).toBe(true);
    expect(plan('rd')).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('an unknown project is NOT_FOUND; a legacy tenant is CONFLICT (its departments become projects only on migration)', () => {
    const state = tenantState({ userRoles: { ada: 'administrator' }, projects: [alpha] });
    expect(planDeleteProject({ product: integrate, state, actor: asUser('ada'), request: { projectId: 'nope' } })).toMatchObject({
      ok: false,
      refusal: { code: 'NOT_FOUND' },
    });
    const legacy = tenantState({ roleModel: 'legacy', legacyRoles: { gad: 'group-admin' }, projects: [alpha] });
    expect(planDeleteProject({ product: integrate, state: legacy, actor: asUser('gad'), request: { projectId: 'p1' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });
});

describe('planDeleteProject', () => {
  it('R17, R24: removes every project role on it (users, groups, keys), its records and rules, so its Limited Members go; nobody loses an application role', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator', bob: 'consumer', lim: 'consumer', other: 'consumer' },
      groups: [groupRecord({ id: 'g1', members: ['bob'] })],
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      projects: [alpha, beta],
      projectGrants: [
        { projectId: 'p1', principalId: 'ada', kind: 'user', role: 'owner' },
        { projectId: 'p1', principalId: 'bob', kind: 'user', role: 'member' },
        { projectId: 'p1', principalId: 'g1', kind: 'group', role: 'contributor' },
        { projectId: 'p1', principalId: 'k1', kind: 'apiKey', role: 'member' },
        { projectId: 'p2', principalId: 'bob', kind: 'user', role: 'owner' },
      ],
      records: [
        { id: 'r1', projectId: 'p1', assigneeUserId: 'lim', ruleId: null },
        { id: 'r2', projectId: 'p1', assigneeUserId: null, ruleId: 'c1' },
        { id: 'r3', projectId: 'p2', assigneeUserId: 'other', ruleId: null },
      ],
      communicationRules: [{ id: 'c1', projectId: 'p1', name: 'Daily digest', recipientUserIds: ['other'] }],
    });
    const plan = planDeleteProject({ product: monitor, state, actor: asUser('ada'), request: { projectId: 'p1' } });
    if (!plan.ok) throw new Error(plan.refusal.message);
    expect(plan.effects.filter((effect) => effect.type === 'revoke-project-role')).toHaveLength(4);
    expect(plan.effects.at(-1)).toEqual({
      type: 'audit',
      action: 'project.deleted',
      target: 'project:p1',
      before: {
        name: 'Alpha',
        projectMembers: [`user:${emailOf('ada')}`, `user:${emailOf('bob')}`, 'group:g1', 'apiKey:k1'],
        records: 2,
        communicationRules: ['Daily digest'],
      },
      after: null,
    });
    expect(isLimitedMember({ product: monitor, state, userId: 'lim', projectId: 'p1' })).toBe(true);

    const after = applyEffects({ state, effects: plan.effects });
    expect(after.projects).toEqual([beta]);
    expect(after.projectGrants).toEqual([{ projectId: 'p2', principalId: 'bob', kind: 'user', role: 'owner' }]);
    expect(after.records.map((record) => record.id)).toEqual(['r3']);
    expect(after.communicationRules).toEqual([]);
    expect(isLimitedMember({ product: monitor, state: after, userId: 'lim', projectId: 'p1' })).toBe(false);
    expect(after.applicationGrants).toEqual(state.applicationGrants);
  });

  it('a live tenant that applies the deletion answers as the state compiled afresh: nothing on the project any more, the rest as before', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator', bob: 'consumer', lim: 'consumer' },
      extraUsers: [userRecord({ id: 'new' })],
      projects: [alpha],
      projectGrants: [
        { projectId: 'p1', principalId: 'ada', kind: 'user', role: 'owner' },
        { projectId: 'p1', principalId: 'bob', kind: 'user', role: 'contributor' },
      ],
      records: [{ id: 'r1', projectId: 'p1', assigneeUserId: 'lim', ruleId: null }],
    });
    const live = new LiveTenant({ product: monitor, state });
    expect(live.can({ principalId: 'lim', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(true);
    const plan = planDeleteProject({ product: monitor, state: live.state, actor: asUser('ada'), request: { projectId: 'p1' } });
    if (!plan.ok) throw new Error(plan.refusal.message);
    live.apply({ effects: plan.effects, users: [], groups: [], removedGroupIds: [] });
    expect(live.can({ principalId: 'bob', permission: 'project.rules.manage', projectId: 'p1' })).toBe(false);
    expect(live.can({ principalId: 'lim', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(false);
    expect(live.can({ principalId: 'ada', permission: 'results.view-edit', recordId: 'r1' })).toBe(false);
    expect(live.state.projects).toEqual([]);
    expect(live.isMember('bob')).toBe(true);
  });
});

describe('project role pickers start on the weakest role (issue 17)', () => {
  it('lists the assignable roles weakest first, never a role nobody assigns', () => {
    expect(assignableProjectRolesWeakestFirst({ product: integrate })).toEqual(['member', 'manager', 'contributor', 'owner']);
    expect(assignableProjectRolesWeakestFirst({ product: assist })).toEqual(['reader', 'contributor', 'owner']);
    expect(assignableProjectRolesWeakestFirst({ product: monitor })).toEqual(['member', 'contributor', 'owner']);
    expect(weakestProjectRole({ product: assist })).toBe('reader');
  });
});
