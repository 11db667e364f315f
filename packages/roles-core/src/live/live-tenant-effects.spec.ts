import { describe, expect, it } from 'vitest';
import { apiKeyRecord, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { loadedAsRead } from '../../test/properties/loaded-as-read.js';
import { referenceApplyTenantChange } from '../../test/properties/reference-apply-tenant-change.js';
import { expectSameDecisions } from '../../test/properties/same-decisions.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import type { AnyProduct } from '../define-product.js';
import type { Effect } from '../model/effect.js';
import type { TenantChange } from '../model/tenant-change.js';
import type { TenantState } from '../model/tenant-state.js';
import { integrate, monitor } from '../products/index.js';
import { LiveTenant } from './live-tenant.js';

const cy = { kind: 'user', email: 'cy@example.com' } as const;

/** ada administers; cy is a consumer and a member of g1, which holds project-creator; k1 is a key holding consumer; project p1 exists. */
function integrateTenant(overrides: Partial<TenantState> = {}): TenantState {
  return tenantState({
    userRoles: { ada: 'administrator', cy: 'consumer' },
    groups: [groupRecord({ id: 'g1', members: ['cy'] })],
    apiKeys: [apiKeyRecord({ id: 'k1' })],
    projects: [{ id: 'p1', name: 'p1', departmentId: null }],
    ...overrides,
    applicationGrants: [
      { principalId: 'ada', kind: 'user', role: 'administrator' },
      { principalId: 'cy', kind: 'user', role: 'consumer' },
      { principalId: 'g1', kind: 'group', role: 'project-creator' },
      { principalId: 'k1', kind: 'apiKey', role: 'consumer' },
      ...(overrides.applicationGrants ?? []),
    ],
  });
}

/** Monitor: ada administers, cy is a consumer; record r1 of p1 is unassigned. */
function monitorTenant(): TenantState {
  return {
    ...integrateTenant(),
    productId: 'monitor',
    groups: [],
    records: [{ id: 'r1', projectId: 'p1', assigneeUserId: null, ruleId: null }],
  };
}

function change(effects: Effect[], extra: Partial<TenantChange> = {}): TenantChange {
  return { effects, users: [], groups: [], removedGroupIds: [], ...extra };
}

/**
 * Applies the change to a live tenant over the state (loaded as the API loads it, and as lists),
 * checks it answers as the end state compiled afresh, and hands back the loaded one to observe.
 */
function applied({ product, state, changes }: { product: AnyProduct; state: TenantState; changes: TenantChange[] }): LiveTenant {
  const tenants = [new LiveTenant({ product, state: loadedAsRead({ state }) }), new LiveTenant({ product, state })];
  let plain = state;
  for (const next of changes) {
    for (const tenant of tenants) tenant.apply(next);
    plain = referenceApplyTenantChange({ state: plain, change: next });
  }
  const expected = compileTenant({ product, state: plain });
  for (const tenant of tenants) expectSameDecisions({ product, actual: tenant.decisions, expected, isMember: (userId) => tenant.isMember(userId) });
  return tenants[0]!;
}

describe('a live tenant, one effect at a time', () => {
  it('R1, R3: a role granted to someone new makes them a member who holds it, under the id the database gave them', () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [
        change([{ type: 'grant-application-role', principal: { kind: 'user', email: 'New@Example.com' }, role: 'administrator' }], {
          users: [{ id: 'n1', email: 'new@example.com', name: 'new@example.com', hasSignedIn: false, guest: false }],
        }),
      ],
    });
    expect(tenant.decisions.can({ principalId: 'n1', permission: 'tenant.manage' })).toBe(true);
    expect(tenant.decisions.principalIdOf({ email: 'new@example.com' })).toBe('n1');
    expect(tenant.isMember('n1')).toBe(true);
  });

  it('R12: a revoked application role is gone at once, and with it the membership', () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant({ groups: [] }),
      changes: [change([{ type: 'revoke-application-role', principal: cy, role: 'consumer' }])],
    });
    expect(tenant.decisions.can({ principalId: 'cy', permission: 'jobs.view' })).toBe(false);
    expect(tenant.isMember('cy')).toBe(false);
  });

  it('R7: a role granted to a group reaches its members, and its revocation takes it back', () => {
    const granted = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [change([{ type: 'grant-application-role', principal: { kind: 'group', id: 'g1' }, role: 'administrator' }])],
    });
    expect(granted.decisions.can({ principalId: 'cy', permission: 'tenant.manage' })).toBe(true);
    const revoked = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [change([{ type: 'revoke-application-role', principal: { kind: 'group', id: 'g1' }, role: 'project-creator' }])],
    });
    expect(revoked.decisions.can({ principalId: 'cy', permission: 'projects.create' })).toBe(false);
  });

  it('R16: a project role holds on its project only; revoked, it is gone', () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [change([{ type: 'grant-project-role', projectId: 'p1', principal: cy, role: 'owner' }])],
    });
    expect(tenant.decisions.can({ principalId: 'cy', permission: 'project.members.manage', projectId: 'p1' })).toBe(true);
    const revoked = applied({
      product: integrate,
      state: integrateTenant({ projectGrants: [{ projectId: 'p1', principalId: 'cy', kind: 'user', role: 'owner' }] }),
      changes: [change([{ type: 'revoke-project-role', projectId: 'p1', principal: cy, role: 'owner' }])],
    });
    expect(revoked.decisions.can({ principalId: 'cy', permission: 'project.members.manage', projectId: 'p1' })).toBe(false);
  });

  it('R13: a deleted key answers nothing at once; a created key answers by its role', () => {
    const deleted = applied({ product: integrate, state: integrateTenant(), changes: [change([{ type: 'delete-api-key', apiKeyId: 'k1' }])] });
    expect(deleted.decisions.can({ principalId: 'k1', permission: 'jobs.view' })).toBe(false);
    expect(deleted.decisions.effectivePermissions({ principalId: 'k1' }).principal).toBeNull();
    const created = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [
        change([
          { type: 'create-api-key', apiKeyId: 'k2', description: 'ci', createdAt: '2025-01-01T00:00:00Z', expiresAt: null, allowedIps: [] },
          { type: 'grant-application-role', principal: { kind: 'apiKey', id: 'k2' }, role: 'administrator' },
        ]),
      ],
    });
    expect(created.decisions.can({ principalId: 'k2', permission: 'tenant.manage' })).toBe(true);
  });

  it('R20: a Monitor key made before the cutoff acts as administrator until it holds a role of its own', () => {
    const key: Effect = { type: 'create-api-key', apiKeyId: 'k2', description: 'old', createdAt: '2023-01-01T00:00:00Z', expiresAt: null, allowedIps: [] };
    const policy = applied({ product: monitor, state: monitorTenant(), changes: [change([key])] });
    expect(policy.decisions.can({ principalId: 'k2', permission: 'remote-api.configure' })).toBe(true);
    const byRole = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [change([key]), change([{ type: 'grant-application-role', principal: { kind: 'apiKey', id: 'k2' }, role: 'consumer' }])],
    });
    expect(byRole.decisions.can({ principalId: 'k2', permission: 'remote-api.configure' })).toBe(false);
  });

  it('R22: a created project is a place at once: tenant-wide permissions hold on it, and its records can be asked about', () => {
    const tenant = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [
        change([
          { type: 'create-project', projectId: 'p9', name: 'p9', departmentId: null },
          { type: 'create-record', recordId: 'r9', projectId: 'p9', assigneeEmail: null, ruleId: null },
        ]),
      ],
    });
    expect(tenant.decisions.can({ principalId: 'ada', permission: 'project.members.manage', projectId: 'p9' })).toBe(true);
    expect(tenant.decisions.can({ principalId: 'ada', permission: 'project.results.view-edit', recordId: 'r9' })).toBe(true);
  });

  it('R17, R19: a record assigned to a consumer opens that record to them, and reassigning it closes it again', () => {
    const assigned = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [change([{ type: 'set-record-assignee', recordId: 'r1', assigneeEmail: 'cy@example.com' }])],
    });
    expect(assigned.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(true);
    const created = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [change([{ type: 'create-record', recordId: 'r2', projectId: 'p1', assigneeEmail: 'cy@example.com', ruleId: null }])],
    });
    expect(created.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r2' })).toBe(true);
    expect(created.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(false);
    const moved = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [
        change([{ type: 'set-record-assignee', recordId: 'r1', assigneeEmail: 'cy@example.com' }]),
        change([{ type: 'set-record-assignee', recordId: 'r1', assigneeEmail: 'ada@example.com' }]),
      ],
    });
    expect(moved.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(false);
  });

  it('R17: a rule emailing a consumer opens its own records to them, not the rest of the project; deleting it closes them', () => {
    const rule: Effect = { type: 'create-communication-rule', ruleId: 'c1', projectId: 'p1', name: 'alert', recipientEmails: ['cy@example.com'] };
    const ruled: Effect = { type: 'create-record', recordId: 'r-ruled', projectId: 'p1', assigneeEmail: null, ruleId: 'c1' };
    const created = applied({ product: monitor, state: monitorTenant(), changes: [change([rule, ruled])] });
    expect(created.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r-ruled' })).toBe(true);
    expect(created.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r1' })).toBe(false);
    const deleted = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [change([rule, ruled]), change([{ type: 'delete-communication-rule', ruleId: 'c1' }])],
    });
    expect(deleted.decisions.can({ principalId: 'cy', permission: 'project.results.view-edit', recordId: 'r-ruled' })).toBe(false);
  });

  it("R21: legacy roles count while the tenant runs the legacy model, department roles on the user's departments", () => {
    const legacy = integrateTenant({ roleModel: 'legacy', departments: [{ id: 'd1', name: 'd1', memberUserIds: [] }] });
    const granted = applied({
      product: integrate,
      state: legacy,
      changes: [change([{ type: 'grant-legacy-role', email: 'cy@example.com', role: 'bi-user' }])],
    });
    expect(granted.decisions.can({ principalId: 'cy', permission: 'reports.view' })).toBe(true);
    const revoked = applied({
      product: integrate,
      state: legacy,
      changes: [
        change([{ type: 'grant-legacy-role', email: 'cy@example.com', role: 'bi-user' }]),
        change([{ type: 'revoke-legacy-role', email: 'cy@example.com', role: 'bi-user' }]),
      ],
    });
    expect(revoked.decisions.can({ principalId: 'cy', permission: 'reports.view' })).toBe(false);
    const department = applied({
      product: integrate,
      state: legacy,
      changes: [
        change([
          { type: 'create-department', departmentId: 'd2', name: 'd2' },
          { type: 'grant-legacy-role', email: 'cy@example.com', role: 'bi-developer' },
          { type: 'set-department-members', departmentId: 'd2', memberEmails: ['cy@example.com'] },
        ]),
      ],
    });
    expect(department.decisions.can({ principalId: 'cy', permission: 'jobs.deploy', projectId: 'd2' })).toBe(true);
    expect(department.decisions.can({ principalId: 'cy', permission: 'jobs.deploy', projectId: 'd1' })).toBe(false);
  });

  it('R21, R22: switching the role model takes legacy roles away from everyone at once', () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant({ roleModel: 'legacy', legacyGrants: [{ userId: 'cy', role: 'bi-user' }] }),
      changes: [change([{ type: 'set-role-model', roleModel: 'current' }])],
    });
    expect(tenant.decisions.can({ principalId: 'cy', permission: 'reports.view' })).toBe(false);
    expect(tenant.state.roleModel).toBe('current');
  });

  it("Settings: the tenant's settings are the ones last set", () => {
    const tenant = applied({
      product: monitor,
      state: monitorTenant(),
      changes: [change([{ type: 'set-settings', settings: { projectCreation: 'administrators' } }])],
    });
    expect(tenant.state.settings).toEqual({ projectCreation: 'administrators' });
  });

  it('R4: accepting invitations marks the user as signed in', () => {
    const state = integrateTenant({ users: [userRecord({ id: 'ada' }), { ...userRecord({ id: 'cy' }), hasSignedIn: false }] });
    const tenant = applied({ product: integrate, state, changes: [change([{ type: 'accept-invitations', email: 'cy@example.com' }])] });
    expect(tenant.state.users.find((user) => user.id === 'cy')?.hasSignedIn).toBe(true);
  });

  it("R7: the directory's group records move members in and out, and a removed group gives nothing", () => {
    const joined = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [change([], { groups: [groupRecord({ id: 'g1', members: ['cy', 'ada', 'dee'] })] })],
    });
    expect(joined.decisions.can({ email: 'dee@example.com', permission: 'projects.create' })).toBe(true);
    const left = applied({ product: integrate, state: integrateTenant(), changes: [change([], { groups: [groupRecord({ id: 'g1', members: [] })] })] });
    expect(left.decisions.can({ principalId: 'cy', permission: 'projects.create' })).toBe(false);
    const removed = applied({ product: integrate, state: integrateTenant(), changes: [change([], { removedGroupIds: ['g1'] })] });
    expect(removed.decisions.can({ principalId: 'cy', permission: 'projects.create' })).toBe(false);
    expect(removed.state.groups).toEqual([]);
  });

  it("Sign-in: a user's stored record replaces the tenant's, a new address included", () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [change([], { users: [{ ...userRecord({ id: 'cy' }), email: 'cy@new.example.com', name: 'Cy' }] })],
    });
    expect(tenant.decisions.principalIdOf({ email: 'cy@new.example.com' })).toBe('cy');
    expect(tenant.decisions.principalIdOf({ email: 'cy@example.com' })).toBeNull();
  });

  it('changes no decision for send-invitation and audit effects, which change no state', () => {
    const tenant = applied({
      product: integrate,
      state: integrateTenant(),
      changes: [
        change([
          { type: 'send-invitation', email: 'cy@example.com', invitedBy: null },
          { type: 'audit', action: 'tenant.settings.updated', target: 'tenant:t1', before: null, after: null },
        ]),
      ],
    });
    expect(tenant.decisions.can({ principalId: 'cy', permission: 'jobs.view' })).toBe(true);
  });
});
