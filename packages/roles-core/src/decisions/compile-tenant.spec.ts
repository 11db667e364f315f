import { describe, expect, it } from 'vitest';
import { assist, integrate, monitor } from '../products/index.js';
import type { AnyProduct } from '../define-product.js';
import type { TenantState, UserRecord } from '../model/tenant-state.js';
import { compileTenant } from './compile-tenant.js';
import { describeReason } from './describe-reason.js';
import { emptyTenantState } from './empty-tenant-state.js';
import { UnknownPermissionError } from './unknown-permission-error.js';

const user = (id: string): UserRecord => ({ id, email: `${id}@example.com`, name: id, hasSignedIn: true, guest: false });
const ADA = user('ada');
const BOB = user('bob');
const PROJECTS = [
  { id: 'p-1', name: 'One', departmentId: null },
  { id: 'p-2', name: 'Two', departmentId: null },
];

function tenantOf({ product, patch }: { product: AnyProduct; patch: Partial<TenantState> }) {
  const state: TenantState = {
    ...emptyTenantState({ tenantId: 't-1', productId: product.id }),
    users: [ADA, BOB],
    projects: PROJECTS,
    ...patch,
  };
  return compileTenant({ product, state });
}

const FINANCE = (members: string[]) => ({ id: 'g-fin', name: 'Finance', email: 'fin@example.com', memberEmails: members });

describe('group roles (R7, R8)', () => {
  const withGroup = (members: string[]) =>
    tenantOf({
      product: integrate,
      patch: {
        groups: [FINANCE(members)],
        applicationGrants: [{ principalId: 'g-fin', kind: 'group', role: 'administrator' }],
      },
    });

  it('R7: a user added to a group gains its role, and loses it when removed, without touching the role', () => {
    expect(withGroup([BOB.email]).can({ principalId: ADA.id, permission: 'tenant.manage' })).toBe(false);
    expect(withGroup([ADA.email, BOB.email]).can({ principalId: ADA.id, permission: 'tenant.manage' })).toBe(true);
    expect(withGroup([BOB.email]).can({ principalId: ADA.id, permission: 'tenant.manage' })).toBe(false);
  });

  it('R7: group membership matches emails whatever their case', () => {
    expect(withGroup(['ADA@Example.com']).can({ email: 'Ada@EXAMPLE.com', permission: 'tenant.manage' })).toBe(true);
  });

  it('R8: effective permissions are the union of direct, group and project grants', () => {
    const tenant = tenantOf({
      product: integrate,
      patch: {
        groups: [FINANCE([ADA.email])],
        applicationGrants: [
          { principalId: ADA.id, kind: 'user', role: 'consumer' },
          { principalId: 'g-fin', kind: 'group', role: 'project-creator' },
        ],
        projectGrants: [{ projectId: 'p-2', principalId: 'g-fin', kind: 'group', role: 'manager' }],
      },
    });
    expect(tenant.can({ principalId: ADA.id, permission: 'agents.status.view' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'jobs.run' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'project.jobs.run', projectId: 'p-2' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'project.jobs.run', projectId: 'p-1' })).toBe(false);
    expect(tenant.can({ principalId: ADA.id, permission: 'tenant.manage' })).toBe(false);
  });

  it('R8: an API key holding several application roles has the union of them', () => {
    const key = { id: 'k-1', description: 'ci', createdAt: '2024-01-01T00:00:00Z', expiresAt: null, allowedIps: [] };
    const tenant = tenantOf({
      product: integrate,
      patch: {
        apiKeys: [key],
        applicationGrants: [
          { principalId: 'k-1', kind: 'apiKey', role: 'consumer' },
          { principalId: 'k-1', kind: 'apiKey', role: 'project-creator' },
        ],
      },
    });
    expect(tenant.can({ principalId: 'k-1', permission: 'jobs.run' })).toBe(true);
    expect(tenant.can({ principalId: 'k-1', permission: 'tenant.manage' })).toBe(false);
  });
});

describe('consumer scope (R19)', () => {
  it('R19: an Integrate consumer sees every job in the tenant', () => {
    const tenant = tenantOf({ product: integrate, patch: { applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }] } });
    expect(tenant.can({ principalId: ADA.id, permission: 'jobs.view', projectId: 'p-1' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'jobs.view', projectId: 'p-2' })).toBe(true);
  });

  it('R19: an Assist consumer views only the projects they are assigned to', () => {
    const tenant = tenantOf({
      product: assist,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        projectGrants: [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role: 'reader' }],
      },
    });
    expect(tenant.can({ principalId: ADA.id, permission: 'projects.view', projectId: 'p-1' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'projects.view', projectId: 'p-2' })).toBe(false);
    expect(tenant.can({ principalId: ADA.id, permission: 'projects.view' })).toBe(true);
  });

  it('R19: an Assist consumer assigned to no project holds projects.view within its scope and views none', () => {
    const tenant = tenantOf({
      product: assist,
      patch: { applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }], projects: [{ id: 'p-1', name: 'P', departmentId: null }] },
    });
    const anywhere = tenant.explain({ principalId: ADA.id, permission: 'projects.view' });
    expect(anywhere.allowed).toBe(true);
    expect(anywhere.reasons.map((reason) => reason.scope)).toEqual([{ kind: 'consumer-scope', scope: 'assigned-projects' }]);
    expect(tenant.can({ principalId: ADA.id, permission: 'projects.view', projectId: 'p-1' })).toBe(false);
    expect(tenant.effectivePermissions({ principalId: ADA.id }).roles.map((role) => role.source)).toEqual([
      { kind: 'application-role', role: 'consumer', group: null },
    ]);
  });

  it('R19: a Monitor consumer views and edits only results assigned to them or of the rules that email them', () => {
    const tenant = tenantOf({
      product: monitor,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        projectGrants: [
          { projectId: 'p-1', principalId: ADA.id, kind: 'user', role: 'member' },
          { projectId: 'p-2', principalId: ADA.id, kind: 'user', role: 'member' },
        ],
        records: [
          { id: 'r-assigned', projectId: 'p-1', assigneeUserId: ADA.id, ruleId: null },
          { id: 'r-bob', projectId: 'p-1', assigneeUserId: BOB.id, ruleId: null },
          { id: 'r-emailed', projectId: 'p-2', assigneeUserId: BOB.id, ruleId: 'c-1' },
          { id: 'r-unruled', projectId: 'p-2', assigneeUserId: BOB.id, ruleId: null },
        ],
        communicationRules: [{ id: 'c-1', projectId: 'p-2', name: 'Daily', recipientUserIds: [ADA.id] }],
      },
    });
    const can = (recordId: string) => tenant.can({ principalId: ADA.id, permission: 'results.view-edit', recordId });
    expect({ assigned: can('r-assigned'), other: can('r-bob'), emailed: can('r-emailed'), sameProjectNoRule: can('r-unruled') }).toEqual({
      assigned: true,
      other: false,
      emailed: true,
      sameProjectNoRule: false,
    });
  });
});

describe('Limited Members (R17)', () => {
  const records = [
    { id: 'r-1', projectId: 'p-1', assigneeUserId: ADA.id, ruleId: null },
    { id: 'r-2', projectId: 'p-1', assigneeUserId: null, ruleId: null },
  ];

  it('R17: a user becomes a Limited Member through an assigned record and sees only that record', () => {
    const tenant = tenantOf({ product: monitor, patch: { records } });
    expect(tenant.can({ principalId: ADA.id, permission: 'project.results.view-edit', recordId: 'r-1' })).toBe(true);
    expect(tenant.can({ principalId: ADA.id, permission: 'project.results.view-edit', recordId: 'r-2' })).toBe(false);
    expect(tenant.can({ principalId: ADA.id, permission: 'project.rules.run', projectId: 'p-1' })).toBe(false);
  });

  it('R17: a communication rule that emails the user keeps them a Limited Member of its project', () => {
    const tenant = tenantOf({
      product: monitor,
      patch: {
        records: records.map((record) => (record.id === 'r-2' ? { ...record, ruleId: 'c-1' } : record)),
        communicationRules: [{ id: 'c-1', projectId: 'p-1', name: 'Alerts', recipientUserIds: [BOB.id] }],
      },
    });
    // Contract "Monitor records and rules": the rule's own records only, not the rest of the project.
    expect(tenant.can({ principalId: BOB.id, permission: 'project.results.view-edit', recordId: 'r-1' })).toBe(false);
    const explanation = tenant.explain({ principalId: BOB.id, permission: 'project.results.view-edit', recordId: 'r-2' });
    expect(explanation.allowed).toBe(true);
    expect(explanation.reasons[0]?.source).toEqual({
      kind: 'limited-member',
      role: 'limited-member',
      projectId: 'p-1',
      recordIds: [],
      ruleIds: ['c-1'],
    });
  });

  it('R17: a user with another role in the project is not a Limited Member of it', () => {
    const tenant = tenantOf({
      product: monitor,
      patch: { records, projectGrants: [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role: 'member' }] },
    });
    const sources = tenant
      .effectivePermissions({ principalId: ADA.id })
      .projects.flatMap((project) => project.permissions.flatMap((held) => held.reasons.map((reason) => reason.source.kind)));
    expect(sources).not.toContain('limited-member');
    expect(tenant.can({ principalId: ADA.id, permission: 'project.results.view-edit', recordId: 'r-2' })).toBe(true);
  });

  it('R17: once no reference is left the Limited Member role is gone', () => {
    const tenant = tenantOf({ product: monitor, patch: { records: records.map((record) => ({ ...record, assigneeUserId: null, ruleId: null })) } });
    expect(tenant.can({ principalId: ADA.id, permission: 'project.results.view-edit' })).toBe(false);
  });
});

describe('API-key policy (R20)', () => {
  const keyCreated = (createdAt: string) => ({ id: 'k-1', description: 'sync', createdAt, expiresAt: null, allowedIps: [] });
  const keyTenant = ({ product, createdAt, roles }: { product: AnyProduct; createdAt: string; roles: ('consumer' | 'administrator')[] }) =>
    tenantOf({
      product,
      patch: {
        apiKeys: [keyCreated(createdAt)],
        applicationGrants: roles.map((role) => ({ principalId: 'k-1', kind: 'apiKey' as const, role })),
      },
    });

  it('R20: an Integrate key has exactly the permissions of its roles', () => {
    const tenant = keyTenant({ product: integrate, createdAt: '2020-01-01T00:00:00Z', roles: ['consumer'] });
    expect(tenant.can({ principalId: 'k-1', permission: 'jobs.view' })).toBe(true);
    expect(tenant.can({ principalId: 'k-1', permission: 'tenant.manage' })).toBe(false);
  });

  it('R20: an Integrate key with no role has no permission', () => {
    const tenant = keyTenant({ product: integrate, createdAt: '2020-01-01T00:00:00Z', roles: [] });
    expect(tenant.can({ principalId: 'k-1', permission: 'jobs.view' })).toBe(false);
  });

  it('R20: every Assist key acts as an administrator, whatever its roles', () => {
    const tenant = keyTenant({ product: assist, createdAt: '2025-06-01T00:00:00Z', roles: ['consumer'] });
    expect(tenant.can({ principalId: 'k-1', permission: 'users.manage' })).toBe(true);
    expect(tenant.can({ principalId: 'k-1', permission: 'projects.view', projectId: 'p-2' })).toBe(true);
  });

  it.each([
    { createdAt: '2023-09-25T23:59:59.999Z', roles: [], administrator: true },
    { createdAt: '2023-09-26T00:00:00.000Z', roles: [], administrator: false },
    { createdAt: '2021-03-01T10:00:00Z', roles: ['consumer' as const], administrator: false },
    { createdAt: '2024-01-01T00:00:00Z', roles: ['administrator' as const], administrator: true },
  ])('R20: a Monitor key created $createdAt with roles $roles acts as administrator: $administrator', ({ createdAt, roles, administrator }) => {
    const tenant = keyTenant({ product: monitor, createdAt, roles });
    expect(tenant.can({ principalId: 'k-1', permission: 'users.manage' })).toBe(administrator);
  });

  it('R20: a deleted key holds nothing even if a grant still names it', () => {
    const tenant = tenantOf({
      product: integrate,
      patch: { applicationGrants: [{ principalId: 'k-gone', kind: 'apiKey', role: 'administrator' }] },
    });
    expect(tenant.can({ principalId: 'k-gone', permission: 'jobs.view' })).toBe(false);
  });
});

describe('reasons (R23)', () => {
  it('R23: a permission held through a group names the role and the group', () => {
    const tenant = tenantOf({
      product: integrate,
      patch: { groups: [FINANCE([ADA.email])], applicationGrants: [{ principalId: 'g-fin', kind: 'group', role: 'project-creator' }] },
    });
    const explanation = tenant.explain({ principalId: ADA.id, permission: 'jobs.run' });
    expect(explanation.reasons.map((reason) => describeReason({ product: integrate, reason }))).toEqual([
      'application role Project Creator through group "Finance"',
    ]);
  });

  it('R23: a project role names the project; a denial names the scope that limits it', () => {
    const tenant = tenantOf({
      product: assist,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        projectGrants: [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role: 'owner' }],
      },
    });
    expect(tenant.explain({ principalId: ADA.id, permission: 'project.manage', projectId: 'p-1' }).reasons).toEqual([
      { source: { kind: 'project-role', role: 'owner', projectId: 'p-1', group: null }, scope: { kind: 'project', projectId: 'p-1' }, applies: true },
    ]);
    const denied = tenant.explain({ principalId: ADA.id, permission: 'projects.view', projectId: 'p-2' });
    expect(denied.allowed).toBe(false);
    expect(denied.reasons.map((reason) => reason.scope)).toEqual([
      { kind: 'consumer-scope', scope: 'assigned-projects' },
      { kind: 'assigned-project', projectId: 'p-1' },
    ]);
  });

  it('R23: the API-key policy is named as the reason of a Monitor key from before the cutoff', () => {
    const tenant = tenantOf({
      product: monitor,
      patch: { apiKeys: [{ id: 'k-old', description: 'old', createdAt: '2022-05-05T00:00:00Z', expiresAt: null, allowedIps: [] }] },
    });
    const [reason] = tenant.explain({ principalId: 'k-old', permission: 'rules.run' }).reasons;
    expect(reason?.source).toMatchObject({ kind: 'api-key-policy', policy: 'administrator-before-cutoff', actsAs: 'administrator' });
  });

  it('R23: a legacy role names its department', () => {
    const tenant = tenantOf({
      product: integrate,
      patch: {
        roleModel: 'legacy',
        departments: [{ id: 'd-sales', name: 'Sales', memberUserIds: [ADA.id] }],
        legacyGrants: [{ userId: ADA.id, role: 'bi-developer' }],
      },
    });
    const held = tenant.effectivePermissions({ principalId: ADA.id });
    expect(held.tenant).toEqual([]);
    expect(held.projects.map((project) => project.projectId)).toEqual(['d-sales']);
    expect(held.projects[0]?.permissions.find((p) => p.permission === 'jobs.deploy')?.reasons[0]?.source).toEqual({
      kind: 'legacy-role',
      role: 'bi-developer',
      departmentId: 'd-sales',
    });
  });
});

describe('checks', () => {
  it('an unknown permission id is refused with a typed error', () => {
    const tenant = tenantOf({ product: monitor, patch: {} });
    expect(() => tenant.can({ principalId: ADA.id, permission: 'results.veiw' })).toThrow(UnknownPermissionError);
  });

  it('a principal with no grants is denied everything', () => {
    const tenant = tenantOf({ product: integrate, patch: {} });
    const allowed = [...integrate.index.permissionIds].filter((permission) => tenant.can({ principalId: ADA.id, permission }));
    expect(allowed).toEqual([]);
  });

  it('a holder of the project-management permission holds every project permission on every project', () => {
    const tenant = tenantOf({ product: monitor, patch: { applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'administrator' }] } });
    expect(tenant.can({ principalId: ADA.id, permission: 'project.members.manage', projectId: 'p-2' })).toBe(true);
  });

  it('a check on a project the tenant does not have is denied', () => {
    const tenant = tenantOf({ product: integrate, patch: { applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'administrator' }] } });
    expect(tenant.can({ principalId: ADA.id, permission: 'jobs.view', projectId: 'p-elsewhere' })).toBe(false);
  });

  it('a user listed twice is one principal, decided as if listed once', () => {
    const grants = { applicationGrants: [{ principalId: ADA.id, kind: 'user' as const, role: 'administrator' as const }] };
    const once = tenantOf({ product: integrate, patch: grants });
    const twice = tenantOf({ product: integrate, patch: { ...grants, users: [ADA, BOB, { ...ADA, email: 'ada-again@example.com' }] } });
    for (const tenant of [once, twice]) {
      expect(tenant.can({ principalId: ADA.id, permission: 'tenant.manage' })).toBe(true);
      expect(tenant.can({ email: ADA.email, permission: 'tenant.manage' })).toBe(true);
      expect(tenant.can({ principalId: BOB.id, permission: 'tenant.manage' })).toBe(false);
    }
    expect(twice.principalIdOf({ email: 'ada-again@example.com' })).toBeNull();
  });
});
