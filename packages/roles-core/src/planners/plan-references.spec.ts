import { describe, expect, it } from 'vitest';
import { compileTenant } from '../decisions/index.js';
import { assist, monitor } from '../products/index.js';
import { asUser, emailOf, tenantState } from '../../test/properties/fixtures.js';
import { applyEffects } from './apply-effects.js';
import { isLimitedMember } from './limited-member-references.js';
import { planAssignRecord } from './plan-assign-record.js';
import { planCreateCommunicationRule } from './plan-create-communication-rule.js';
import { planCreateRecord } from './plan-create-record.js';
import { planDeleteCommunicationRule } from './plan-delete-communication-rule.js';
import { planNotify } from './plan-notify.js';
import { planRemoveApplicationMember } from './plan-remove-application-member.js';

const project = { id: 'p1', name: 'P1', departmentId: null };
const monitorTenant = tenantState({
  productId: 'monitor',
  userRoles: { ada: 'administrator', own: 'project-creator', cy: 'consumer' },
  projects: [project],
  projectGrants: [{ projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' }],
  records: [{ id: 'r1', projectId: 'p1', assigneeUserId: null, ruleId: null }],
});

function planned<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe('Monitor references (R17)', () => {
  it('R17: assigning a record to someone with no role in the tenant makes them a consumer, invites them and derives a Limited Member', () => {
    const result = planned(
      planAssignRecord({
        product: monitor,
        state: monitorTenant,
        actor: asUser('own'),
        request: { projectId: 'p1', recordId: 'r1', assigneeEmail: 'Out@Side.com' },
      }),
    );
    expect(result.effects).toContainEqual({ type: 'send-invitation', email: 'out@side.com', invitedBy: asUser('own') });
    const after = applyEffects({ state: monitorTenant, effects: result.effects });
    const outsider = after.users.find((u) => u.email === 'out@side.com')!;
    expect(after.applicationGrants).toContainEqual({ principalId: outsider.id, kind: 'user', role: 'consumer' });
    expect(isLimitedMember({ product: monitor, state: after, userId: outsider.id, projectId: 'p1' })).toBe(true);
    expect(compileTenant({ product: monitor, state: after }).can({ principalId: outsider.id, permission: 'project.results.view-edit', recordId: 'r1' })).toBe(
      true,
    );
  });

  it('R17: a communication rule emailing a user keeps them a Limited Member until the rule is deleted', () => {
    const created = planned(
      planCreateCommunicationRule({
        product: monitor,
        state: monitorTenant,
        actor: asUser('own'),
        request: { projectId: 'p1', ruleId: 'c1', name: 'Daily', recipients: [emailOf('cy')] },
      }),
    );
    const withRule = applyEffects({ state: monitorTenant, effects: created.effects });
    expect(isLimitedMember({ product: monitor, state: withRule, userId: 'cy', projectId: 'p1' })).toBe(true);
    const removeConsumer = () =>
      planRemoveApplicationMember({ product: monitor, state: current, actor: asUser('ada'), request: { principalId: 'cy', role: 'consumer' } });
    let current = withRule;
    expect(removeConsumer()).toMatchObject({
      ok: false,
      refusal: { code: 'LIMITED_MEMBER_REFERENCED', blocking: { rules: [{ id: 'c1', name: 'Daily', projectId: 'p1' }] } },
    });
    const deleted = planned(
      planDeleteCommunicationRule({ product: monitor, state: withRule, actor: asUser('own'), request: { projectId: 'p1', ruleId: 'c1' } }),
    );
    current = applyEffects({ state: withRule, effects: deleted.effects });
    expect(isLimitedMember({ product: monitor, state: current, userId: 'cy', projectId: 'p1' })).toBe(false);
    expect(current.applicationGrants).toContainEqual({ principalId: 'cy', kind: 'user', role: 'consumer' });
    expect(removeConsumer().ok).toBe(true);
  });

  it('Contract (Scoped permissions, Strict input): assigning a record the project does not have is NOT_FOUND for writers and non-writers alike, as check answers', () => {
    for (const actor of ['own', 'cy']) {
      for (const recordId of ['no-such-record', 'r1']) {
        const projectId = recordId === 'r1' ? 'p2' : 'p1';
        const state = { ...monitorTenant, projects: [project, { id: 'p2', name: 'P2', departmentId: null }] };
        const answer = planAssignRecord({ product: monitor, state, actor: asUser(actor), request: { projectId, recordId, assigneeEmail: null } });
        expect({ actor, recordId, answer }).toMatchObject({ actor, recordId, answer: { ok: false, refusal: { code: 'NOT_FOUND' } } });
      }
    }
    expect(
      planAssignRecord({ product: monitor, state: monitorTenant, actor: asUser('cy'), request: { projectId: 'p1', recordId: 'r1', assigneeEmail: null } }),
    ).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('R17: consumers without a project role cannot write records or rules', () => {
    expect(
      planCreateRecord({ product: monitor, state: monitorTenant, actor: asUser('cy'), request: { projectId: 'p1', recordId: 'r2', assigneeEmail: null } }),
    ).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('R17: where the configuration names reference writers, rule managers on the project and rule creators in the tenant write references', () => {
    // Contract details, "Who writes what"; the field is proposed for LimitedMemberRules (see reference-writers.ts).
    const writers = { permission: 'rules.create', projectPermission: 'project.rules.manage' };
    const configured = { ...monitor, limitedMembers: { ...monitor.limitedMembers!, writers } } as typeof monitor;
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator', pc: 'project-creator', con: 'consumer', mem: 'consumer' },
      projects: [project],
      projectGrants: [
        { projectId: 'p1', principalId: 'con', kind: 'user', role: 'contributor' },
        { projectId: 'p1', principalId: 'mem', kind: 'user', role: 'member' },
      ],
    });
    const create = (actor: string) =>
      planCreateRecord({ product: configured, state, actor: asUser(actor), request: { projectId: 'p1', recordId: 'r9', assigneeEmail: null } });
    expect([create('pc').ok, create('con').ok, create('mem').ok]).toEqual([true, true, false]);
  });

  it('R17: products without Limited Members have no records', () => {
    const assistTenant = { ...monitorTenant, productId: 'assist' };
    expect(
      planCreateRecord({ product: assist, state: assistTenant, actor: asUser('ada'), request: { projectId: 'p1', recordId: 'r2', assigneeEmail: null } }),
    ).toMatchObject({ ok: false, refusal: { code: 'VALIDATION' } });
  });
});

describe('planNotify', () => {
  const assistTenant = tenantState({
    productId: 'assist',
    userRoles: { ada: 'administrator', own: 'consumer', cy: 'consumer' },
    projects: [project, { id: 'p2', name: 'P2', departmentId: null }],
    projectGrants: [{ projectId: 'p1', principalId: 'own', kind: 'user', role: 'owner' }],
  });

  it('R18: notifying an address with no role in the tenant makes them a consumer who can view that project', () => {
    const result = planned(
      planNotify({ product: assist, state: assistTenant, actor: asUser('own'), request: { projectId: 'p1', emails: ['new@x.com', emailOf('cy')] } }),
    );
    expect(result.effects.filter((e) => e.type === 'send-invitation')).toEqual([{ type: 'send-invitation', email: 'new@x.com', invitedBy: asUser('own') }]);
    const after = applyEffects({ state: assistTenant, effects: result.effects });
    const newcomer = after.users.find((u) => u.email === 'new@x.com')!;
    const decisions = compileTenant({ product: assist, state: after });
    expect(decisions.can({ principalId: newcomer.id, permission: 'project.view', projectId: 'p1' })).toBe(true);
    expect(decisions.can({ principalId: newcomer.id, permission: 'project.view', projectId: 'p2' })).toBe(false);
    expect(after.projectGrants.filter((g) => g.principalId === 'cy')).toEqual([]);
  });

  it('R18: only project managers or the project owner notify', () => {
    expect(planNotify({ product: assist, state: assistTenant, actor: asUser('cy'), request: { projectId: 'p1', emails: ['new@x.com'] } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });

  it('R18: a product without project notifications (Monitor mails through communication rules) refuses them and changes nothing', () => {
    const state = { ...assistTenant, productId: 'monitor' };
    const answer = planNotify({ product: monitor, state, actor: asUser('ada'), request: { projectId: 'p1', emails: ['new@x.com'] } });
    expect(answer).toMatchObject({ ok: false, refusal: { code: 'VALIDATION', message: 'Loome Monitor sends no project notifications.' } });
  });
});
