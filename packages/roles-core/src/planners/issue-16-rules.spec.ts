/**
 * The rules behind issue 16's findings, each proved where it lives: the setting inside the decision
 * (R16), scoped permissions (Contract "Scoped permissions"), automatic roles under R9, records of a
 * rule (Contract "Monitor records and rules") and a cascade as its own audit event (R24).
 */
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../decisions/index.js';
import { LiveTenant } from '../live/live-tenant.js';
import { assist, integrate, monitor } from '../products/index.js';
import { apiKeyRecord, asUser, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { planAddProjectMembers } from './plan-add-project-members.js';
import { planAssignRecord } from './plan-assign-record.js';
import { planCreateCommunicationRule } from './plan-create-communication-rule.js';
import { planCreateProject } from './plan-create-project.js';
import { planCreateRecord } from './plan-create-record.js';
import { planNotify } from './plan-notify.js';
import { planRemoveApplicationMember } from './plan-remove-application-member.js';
import { refuseUnknownResource } from './guards/refuse-unknown-resource.js';

const project = { id: 'p1', name: 'P1', departmentId: null };

describe('R16: the project-creation setting is part of the decision', () => {
  const open = tenantState({ productId: 'monitor', userRoles: { ada: 'administrator', pc: 'project-creator' } });
  const restricted = { ...open, settings: { projectCreation: 'administrators' as const } };

  it('R16: while Monitor keeps creation to administrators, a project creator does not hold projects.create, and check, /me and the planner agree', () => {
    const decisions = compileTenant({ product: monitor, state: restricted });
    const explanation = decisions.explain({ principalId: 'pc', permission: 'projects.create' });
    expect(explanation.allowed).toBe(false);
    expect(explanation.reasons.map((reason) => reason.scope)).toEqual([{ kind: 'administrators-only', setting: 'projectCreation' }]);
    expect(decisions.effectivePermissions({ principalId: 'pc' }).tenant.map((held) => held.permission)).not.toContain('projects.create');
    expect(planCreateProject({ product: monitor, state: restricted, actor: asUser('pc'), request: { projectId: 'p9', name: 'X' } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    expect(decisions.can({ principalId: 'ada', permission: 'projects.create' })).toBe(true);
    expect(compileTenant({ product: monitor, state: open }).can({ principalId: 'pc', permission: 'projects.create' })).toBe(true);
  });

  it('R16: a held tenant follows a change of the setting at once', () => {
    const live = new LiveTenant({ product: monitor, state: open });
    live.apply({ effects: [{ type: 'set-settings', settings: { projectCreation: 'administrators' } }], users: [], groups: [], removedGroupIds: [] });
    expect(live.can({ principalId: 'pc', permission: 'projects.create' })).toBe(false);
    live.apply({ effects: [{ type: 'set-settings', settings: { projectCreation: 'project-creators' } }], users: [], groups: [], removedGroupIds: [] });
    expect(live.can({ principalId: 'pc', permission: 'projects.create' })).toBe(true);
  });
});

describe('Contract "Scoped permissions": a ✔* permission is held by its role', () => {
  it('R19: a new Assist consumer holds projects.view within its scope: allowed without a resource, not on a project they are not assigned to', () => {
    const state = tenantState({ productId: 'assist', userRoles: { cy: 'consumer' }, projects: [project] });
    const decisions = compileTenant({ product: assist, state });
    expect(decisions.explain({ principalId: 'cy', permission: 'projects.view' })).toMatchObject({
      allowed: true,
      reasons: [{ source: { kind: 'application-role', role: 'consumer' }, scope: { kind: 'consumer-scope', scope: 'assigned-projects' } }],
    });
    expect(decisions.can({ principalId: 'cy', permission: 'projects.view', projectId: 'p1' })).toBe(false);
    const held = decisions.effectivePermissions({ principalId: 'cy' });
    expect(held.roles.map((role) => role.source)).toEqual([{ kind: 'application-role', role: 'consumer', group: null }]);
    expect(held.tenant).toMatchObject([{ permission: 'projects.view', reasons: [{ scope: { kind: 'consumer-scope' } }] }]);
  });

  it('R19: Monitor consumers and consumer keys hold results.view-edit within their scope', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { cy: 'consumer' },
      projects: [project],
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      applicationGrants: [
        { principalId: 'cy', kind: 'user', role: 'consumer' },
        { principalId: 'k1', kind: 'apiKey', role: 'consumer' },
      ],
      records: [{ id: 'r1', projectId: 'p1', assigneeUserId: null, ruleId: null }],
    });
    const decisions = compileTenant({ product: monitor, state });
    for (const principalId of ['cy', 'k1']) {
      expect(decisions.can({ principalId, permission: 'results.view-edit' }), principalId).toBe(true);
      expect(decisions.can({ principalId, permission: 'results.view-edit', recordId: 'r1' }), principalId).toBe(false);
      expect(decisions.can({ principalId, permission: 'results.view-edit', projectId: 'p1' }), principalId).toBe(false);
    }
  });
});

describe('R9: the roles a change gives automatically are checked like the roles given by hand', () => {
  const integrateTenant = tenantState({
    userRoles: { ada: 'administrator', own: 'consumer' },
    projects: [project],
    extraUsers: [userRecord({ id: 'grp' })],
    groups: [groupRecord({ id: 'g-owners', members: ['grp'] })],
    apiKeys: [apiKeyRecord({ id: 'k-own' })],
    projectGrants: [
      { projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' },
      { projectId: 'p1', principalId: 'g-owners', kind: 'group', role: 'owner' },
      { projectId: 'p1', principalId: 'k-own', kind: 'apiKey', role: 'owner' },
    ],
  });
  const addNewcomer = (actor: Parameters<typeof planAddProjectMembers>[0]['actor']) =>
    planAddProjectMembers({
      product: integrate,
      state: integrateTenant,
      actor,
      request: { projectId: 'p1', role: 'member', kind: 'user', emails: 'new@example.com' },
    });

  it('R9: an Integrate owner through a group, or a key that is only an owner, cannot make a newcomer a tenant consumer (R16a, R19)', () => {
    const refusal = { ok: false, refusal: { code: 'ESCALATION', missingPermissions: ['jobs.view', 'agents.status.view'] } };
    expect(addNewcomer(asUser('grp'))).toMatchObject(refusal);
    expect(addNewcomer({ kind: 'apiKey', apiKeyId: 'k-own' })).toMatchObject(refusal);
  });

  it('R9: an owner who holds the consumer role adds a newcomer, who becomes a consumer (R16a)', () => {
    const result = addNewcomer(asUser('own'));
    expect(result.ok).toBe(true);
  });

  it('R9: a Monitor contributor through a group cannot bring a new address into the tenant through a rule or a record (R17)', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator' },
      projects: [project],
      extraUsers: [userRecord({ id: 'con' })],
      groups: [groupRecord({ id: 'g-contrib', members: ['con'] })],
      projectGrants: [{ projectId: 'p1', principalId: 'g-contrib', kind: 'group', role: 'contributor' }],
      records: [{ id: 'r1', projectId: 'p1', assigneeUserId: null, ruleId: null }],
    });
    const refusal = { ok: false, refusal: { code: 'ESCALATION', missingPermissions: ['results.view-edit'] } };
    const actor = asUser('con');
    expect(
      planCreateCommunicationRule({ product: monitor, state, actor, request: { projectId: 'p1', ruleId: 'c1', name: 'n', recipients: ['new@example.com'] } }),
    ).toMatchObject(refusal);
    expect(planCreateRecord({ product: monitor, state, actor, request: { projectId: 'p1', recordId: 'r2', assigneeEmail: 'new@example.com' } })).toMatchObject(
      refusal,
    );
    expect(planAssignRecord({ product: monitor, state, actor, request: { projectId: 'p1', recordId: 'r1', assigneeEmail: 'new@example.com' } })).toMatchObject(
      refusal,
    );
    // Referring to someone already in the tenant gives no new application role.
    expect(planAssignRecord({ product: monitor, state, actor, request: { projectId: 'p1', recordId: 'r1', assigneeEmail: 'ada@example.com' } }).ok).toBe(true);
  });

  it('R9: an Assist owner through a group cannot notify a newcomer into the tenant (R18)', () => {
    const state = tenantState({
      productId: 'assist',
      userRoles: { ada: 'administrator' },
      projects: [project],
      extraUsers: [userRecord({ id: 'grp' })],
      groups: [groupRecord({ id: 'g-owners', members: ['grp'] })],
      projectGrants: [{ projectId: 'p1', principalId: 'g-owners', kind: 'group', role: 'owner' }],
    });
    expect(planNotify({ product: assist, state, actor: asUser('grp'), request: { projectId: 'p1', emails: ['new@example.com'] } })).toMatchObject({
      ok: false,
      refusal: { code: 'ESCALATION', missingPermissions: ['projects.view'] },
    });
  });
});

describe('Contract "Monitor records and rules"', () => {
  const state = tenantState({
    productId: 'monitor',
    userRoles: { ada: 'administrator' },
    projects: [project, { id: 'p2', name: 'P2', departmentId: null }],
    communicationRules: [{ id: 'c2', projectId: 'p2', name: 'other', recipientUserIds: [] }],
  });

  it('R17: a record belongs only to a rule of its own project', () => {
    expect(
      planCreateRecord({ product: monitor, state, actor: asUser('ada'), request: { projectId: 'p1', recordId: 'r9', assigneeEmail: null, ruleId: 'c2' } }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'NOT_FOUND' },
    });
    const created = planCreateRecord({
      product: monitor,
      state,
      actor: asUser('ada'),
      request: { projectId: 'p2', recordId: 'r9', assigneeEmail: null, ruleId: 'c2' },
    });
    expect(created).toMatchObject({ ok: true });
    if (created.ok) expect(created.effects).toContainEqual({ type: 'create-record', recordId: 'r9', projectId: 'p2', assigneeEmail: null, ruleId: 'c2' });
  });

  it('R17, R19: a Limited Member sees the records assigned to them and those of the rules that email them, nothing else of the project', () => {
    const referenced = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator', cy: 'consumer' },
      projects: [project],
      communicationRules: [{ id: 'c1', projectId: 'p1', name: 'alerts', recipientUserIds: ['cy'] }],
      records: [
        { id: 'r-mine', projectId: 'p1', assigneeUserId: 'cy', ruleId: null },
        { id: 'r-ruled', projectId: 'p1', assigneeUserId: null, ruleId: 'c1' },
        { id: 'r-other', projectId: 'p1', assigneeUserId: null, ruleId: null },
      ],
    });
    const decisions = compileTenant({ product: monitor, state: referenced });
    const sees = (recordId: string) => decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId });
    expect({ mine: sees('r-mine'), ruled: sees('r-ruled'), other: sees('r-other') }).toEqual({ mine: true, ruled: true, other: false });
  });
});

describe('R24: every effect of a change, cascades included, is an audit event', () => {
  it("R24, R13: removing a key from its last application role records the role removal and the key's deletion", () => {
    const state = tenantState({
      userRoles: { ada: 'administrator' },
      apiKeys: [apiKeyRecord({ id: 'k1' })],
      applicationGrants: [
        { principalId: 'ada', kind: 'user', role: 'administrator' },
        { principalId: 'k1', kind: 'apiKey', role: 'consumer' },
      ],
    });
    const result = planRemoveApplicationMember({ product: integrate, state, actor: asUser('ada'), request: { role: 'consumer', principalId: 'k1' } });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects.filter((effect) => effect.type === 'audit').map((effect) => effect.type === 'audit' && [effect.action, effect.target])).toEqual([
      ['application-role.member.removed', 'apiKey:k1'],
      ['api-key.deleted', 'apiKey:k1'],
    ]);
  });
});

describe('Contract "Strict input": check about what the tenant does not have', () => {
  it('R19: a check naming a project or record the tenant does not have is NOT_FOUND, not a denial', () => {
    const state = tenantState({ productId: 'monitor', projects: [project], records: [{ id: 'r1', projectId: 'p1', assigneeUserId: null, ruleId: null }] });
    expect(refuseUnknownResource({ state, query: { projectId: 'p1', recordId: 'r1' } })).toBeUndefined();
    for (const query of [{ projectId: 'elsewhere' }, { recordId: 'elsewhere' }, { projectId: 'elsewhere', recordId: 'r1' }]) {
      expect(refuseUnknownResource({ state, query })?.code, JSON.stringify(query)).toBe('NOT_FOUND');
    }
  });
});
