import { describe, expect, it } from 'vitest';
import { compileTenant } from '../decisions/index.js';
import { integrate } from '../products/index.js';
import { asUser, emailOf, tenantState } from '../../test/properties/fixtures.js';
import { applyEffects } from '../planners/apply-effects.js';
import { planAddApplicationMembers } from '../planners/plan-add-application-members.js';
import { planCreateProject } from '../planners/plan-create-project.js';
import { planCreateDepartment } from './plan-create-department.js';
import { planSetDepartmentMembers } from './plan-set-department-members.js';
import { planLegacyChangeRole } from './plan-legacy-change-role.js';
import { planLegacyInvite } from './plan-legacy-invite.js';
import { planLegacyMigration } from './plan-legacy-migration.js';
import { planLegacyRemove } from './plan-legacy-remove.js';

const legacy = tenantState({
  roleModel: 'legacy',
  legacyRoles: { ga: 'group-admin', gb: 'group-admin', dev: 'bi-developer', man: 'bi-manager', usr: 'bi-user' },
  departments: [
    { id: 'd1', name: 'Finance', memberUserIds: ['dev'] },
    { id: 'd2', name: 'Sales', memberUserIds: [] },
  ],
});

describe('legacy tenants', () => {
  it('R21: inviting gives a legacy role; Manage Users then lists them with it', () => {
    const result = planLegacyInvite({
      product: integrate,
      state: legacy,
      actor: asUser('ga'),
      request: { email: 'New@X.com', role: 'bi-developer', departmentIds: ['d2'] },
    });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects).toContainEqual({ type: 'send-invitation', email: 'new@x.com', invitedBy: asUser('ga') });
    const after = applyEffects({ state: legacy, effects: result.effects });
    const user = after.users.find((u) => u.email === 'new@x.com')!;
    expect(after.legacyGrants).toContainEqual({ userId: user.id, role: 'bi-developer' });
    expect(after.departments.find((d) => d.id === 'd2')?.memberUserIds).toEqual([user.id]);
  });

  it('R21: BI Developers act on the content of their department only', () => {
    const decisions = compileTenant({ product: integrate, state: legacy });
    expect(decisions.can({ principalId: 'dev', permission: 'jobs.manage', projectId: 'd1' })).toBe(true);
    expect(decisions.can({ principalId: 'dev', permission: 'jobs.manage', projectId: 'd2' })).toBe(false);
  });

  it('R21: only Group Admins manage users; legacy planners refuse current-model tenants', () => {
    expect(planLegacyInvite({ product: integrate, state: legacy, actor: asUser('man'), request: { email: 'x@y.com', role: 'bi-user' } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    const current = { ...legacy, roleModel: 'current' as const };
    expect(planLegacyInvite({ product: integrate, state: current, actor: asUser('ga'), request: { email: 'x@y.com', role: 'bi-user' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });

  it('R21: a legacy tenant has no current application roles or projects until it is migrated', () => {
    const request = { role: 'consumer' as const, kind: 'user' as const, emails: 'x@y.com' };
    expect(planAddApplicationMembers({ product: integrate, state: legacy, actor: asUser('ga'), request })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
    expect(planCreateProject({ product: integrate, state: legacy, actor: asUser('ga'), request: { projectId: 'p1', name: 'P' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });

  it('R15: a Group Admin cannot remove another Group Admin; demote first, then remove', () => {
    expect(planLegacyRemove({ product: integrate, state: legacy, actor: asUser('ga'), request: { userId: 'gb' } })).toMatchObject({
      ok: false,
      refusal: { code: 'PEER_GROUP_ADMIN' },
    });
    const demoted = planLegacyChangeRole({ product: integrate, state: legacy, actor: asUser('ga'), request: { userId: 'gb', role: 'bi-user' } });
    if (!demoted.ok) throw new Error(demoted.refusal.message);
    const after = applyEffects({ state: legacy, effects: demoted.effects });
    const removed = planLegacyRemove({ product: integrate, state: after, actor: asUser('ga'), request: { userId: 'gb' } });
    if (!removed.ok) throw new Error(removed.refusal.message);
    expect(applyEffects({ state: after, effects: removed.effects }).legacyGrants.some((g) => g.userId === 'gb')).toBe(false);
  });

  it('R10: a Group Admin cannot remove or demote themselves', () => {
    expect(planLegacyRemove({ product: integrate, state: legacy, actor: asUser('ga'), request: { userId: 'ga' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CANNOT_REMOVE_SELF' },
    });
    expect(planLegacyChangeRole({ product: integrate, state: legacy, actor: asUser('ga'), request: { userId: 'ga', role: 'bi-user' } })).toMatchObject({
      ok: false,
      refusal: { code: 'CANNOT_REMOVE_SELF' },
    });
  });

  it('R21: departments are created and given members who hold a legacy role', () => {
    const created = planCreateDepartment({ product: integrate, state: legacy, actor: asUser('ga'), request: { departmentId: 'd3', name: 'Ops' } });
    if (!created.ok) throw new Error(created.refusal.message);
    const withDepartment = applyEffects({ state: legacy, effects: created.effects });
    const members = planSetDepartmentMembers({
      product: integrate,
      state: withDepartment,
      actor: asUser('ga'),
      request: { departmentId: 'd3', emails: [emailOf('usr')] },
    });
    if (!members.ok) throw new Error(members.refusal.message);
    expect(applyEffects({ state: withDepartment, effects: members.effects }).departments.find((d) => d.id === 'd3')?.memberUserIds).toEqual(['usr']);
    expect(
      planSetDepartmentMembers({ product: integrate, state: withDepartment, actor: asUser('ga'), request: { departmentId: 'd3', emails: ['stranger@x.com'] } }),
    ).toMatchObject({ ok: false, refusal: { code: 'CONFLICT' } });
  });
});

describe('planLegacyMigration', () => {
  const migrate = (dryRun: boolean, state = legacy) => planLegacyMigration({ product: integrate, state, actor: asUser('ga'), dryRun });

  it('R22: the dry run lists, for every user, what they gain and lose and changes nothing', () => {
    const result = migrate(true);
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.effects).toEqual([]);
    expect(result.report.map((entry) => entry.email).sort()).toEqual(['dev', 'ga', 'gb', 'man', 'usr'].map(emailOf).sort());
    const manager = result.report.find((entry) => entry.email === emailOf('man'))!;
    // BI Manager ran jobs tenant-wide; as consumer + project manager it runs them only inside projects: a loss.
    expect(manager.losses).toContainEqual(expect.objectContaining({ permission: 'jobs.run', projectId: null }));
    expect(manager.gains).toContainEqual(expect.objectContaining({ permission: 'project.jobs.run', projectId: 'd1' }));
    const user = result.report.find((entry) => entry.email === emailOf('usr'))!;
    // reports.view exists only in the legacy model: no counterpart, so it is a loss.
    expect(user.losses).toContainEqual(expect.objectContaining({ permission: 'reports.view', projectId: null }));
    const developer = result.report.find((entry) => entry.email === emailOf('dev'))!;
    expect(developer).toMatchObject({ applicationRole: 'project-creator', projectRoles: [{ projectId: 'd1', role: 'owner' }] });
    expect(developer.losses.map((l) => l.permission)).toEqual(expect.arrayContaining(['jobs.deploy', 'connections.manage']));
  });

  it('R22: applying it turns departments into projects, grants the mapped roles and ends the legacy model', () => {
    const result = migrate(false);
    if (!result.ok) throw new Error(result.refusal.message);
    const after = applyEffects({ state: legacy, effects: result.effects });
    expect(after.roleModel).toBe('current');
    expect(after.legacyGrants).toEqual([]);
    expect(after.projects).toEqual([
      { id: 'd1', name: 'Finance', departmentId: 'd1' },
      { id: 'd2', name: 'Sales', departmentId: 'd2' },
    ]);
    expect(after.applicationGrants).toEqual(
      expect.arrayContaining([
        { principalId: 'ga', kind: 'user', role: 'administrator' },
        { principalId: 'dev', kind: 'user', role: 'project-creator' },
        { principalId: 'usr', kind: 'user', role: 'consumer' },
      ]),
    );
    expect(after.projectGrants).toEqual(
      expect.arrayContaining([
        { projectId: 'd1', principalId: 'dev', kind: 'user', role: 'owner' },
        { projectId: 'd2', principalId: 'man', kind: 'user', role: 'manager' },
        { projectId: 'd1', principalId: 'usr', kind: 'user', role: 'member' },
      ]),
    );
    // What the dry run promised is what the tenant now decides.
    const decisions = compileTenant({ product: integrate, state: after });
    expect(decisions.can({ principalId: 'man', permission: 'project.jobs.run', projectId: 'd2' })).toBe(true);
    expect(decisions.can({ principalId: 'man', permission: 'jobs.run' })).toBe(false);
  });

  it('R22: migrating a current-model tenant is CONFLICT', () => {
    const done = { ...legacy, roleModel: 'current' as const };
    expect(migrate(false, done)).toMatchObject({ ok: false, refusal: { code: 'CONFLICT' } });
  });
});
