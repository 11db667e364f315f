import { expect, it } from 'vitest';
import type { Scenario } from '../harness/scenario.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

/** A legacy Integrate tenant with two departments, a BI Developer in the first and a BI Manager and a BI User in none. */
async function legacyTenant({ s, prefix }: { s: Scenario; prefix: string }) {
  const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: [`${prefix}-ga@x.test`] });
  const ga = await s.signIn(`${prefix}-ga@x.test`);
  const department = async (name: string) => (await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name }, { token: ga })).body.id as string;
  const own = await department('Own');
  const other = await department('Other');
  for (const [who, role] of [
    ['dev', 'bi-developer'],
    ['mgr', 'bi-manager'],
    ['user', 'bi-user'],
  ] as const) {
    const invited = await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: `${prefix}-${who}@x.test`, role }, { token: ga });
    expect(invited.status).toBe(201);
  }
  expect((await s.http.put(`/api/v1/tenants/${tenantId}/departments/${own}/members`, { emails: [`${prefix}-dev@x.test`] }, { token: ga })).status).toBe(200);
  return { tenantId, ga, own, other };
}

const migrate = (s: Scenario, tenantId: string, token: string, query = '') =>
  s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration${query}`, undefined, { token });

describeOnEachDatabase('Conformance: legacy model and migration', (get) => {
  it('R22: the dry run (the default, or dryRun=true) reports gains and losses for every user and changes nothing', async () => {
    const s = get();
    const { tenantId, ga, own } = await legacyTenant({ s, prefix: 'dry' });
    const dev = await s.signIn('dry-dev@x.test');
    const before = await s.me(tenantId, dev);
    const implicit = await migrate(s, tenantId, ga);
    const explicit = await migrate(s, tenantId, ga, '?dryRun=true');
    expect(implicit.status).toBe(200);
    expect(explicit.body).toEqual(implicit.body);
    expect(implicit.body.dryRun).toBe(true);
    const report = implicit.body.report as { email: string; gains: unknown[]; losses: { permission: string; projectId: string | null }[] }[];
    expect(report.map((entry) => entry.email).sort()).toEqual(['dry-dev@x.test', 'dry-ga@x.test', 'dry-mgr@x.test', 'dry-user@x.test']);
    for (const entry of report) expect(entry).toEqual(expect.objectContaining({ gains: expect.any(Array), losses: expect.any(Array) }));
    // BI Manager's tenant-wide run and history survive only inside projects: a loss (R22).
    const manager = report.find((entry) => entry.email === 'dry-mgr@x.test')!;
    expect(manager.losses.map((loss) => loss.permission)).toEqual(expect.arrayContaining(['jobs.run', 'jobs.history.view']));
    expect(await s.me(tenantId, dev)).toEqual(before);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(roles.body.roleModel).toBe('legacy');
    expect((await s.check(tenantId, { permission: 'jobs.manage', projectId: own }, dev)).body.allowed).toBe(true);
  });

  it("R22: applying maps BI Developers onto their own department's project and BI Managers and Users onto every department's project", async () => {
    const s = get();
    const { tenantId, ga, own, other } = await legacyTenant({ s, prefix: 'apply' });
    const applied = await migrate(s, tenantId, ga, '?dryRun=false');
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(true);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(roles.body.roleModel).toBe('current');
    const allowed = async (email: string, permission: string, projectId: string) =>
      (await s.check(tenantId, { email, permission, projectId }, ga)).body.allowed;
    expect(await allowed('apply-dev@x.test', 'project.jobs.manage', own)).toBe(true);
    expect(await allowed('apply-dev@x.test', 'project.jobs.manage', other)).toBe(false);
    for (const department of [own, other]) {
      expect(await allowed('apply-mgr@x.test', 'project.jobs.run', department)).toBe(true);
      expect(await allowed('apply-user@x.test', 'project.jobs.view', department)).toBe(true);
      expect(await allowed('apply-user@x.test', 'project.jobs.run', department)).toBe(false);
    }
    expect((await s.check(tenantId, { email: 'apply-ga@x.test', permission: 'tenant.manage' }, ga)).body.allowed).toBe(true);
  });

  it('R22: migrating a tenant born on the current model is CONFLICT; a bad dryRun is VALIDATION; only user managers migrate', async () => {
    const s = get();
    const current = await s.tenant({ product: 'integrate', administrators: ['cur-admin@x.test'] });
    const admin = await s.signIn('cur-admin@x.test');
    const conflict = await migrate(s, current, admin, '?dryRun=true');
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('CONFLICT');
    const { tenantId, ga } = await legacyTenant({ s, prefix: 'who' });
    for (const value of ['maybe', 'TRUE', '1', '']) {
      const bad = await migrate(s, tenantId, ga, `?dryRun=${value}`);
      expect(bad.status, value).toBe(400);
      expect(bad.body.code, value).toBe('VALIDATION');
    }
    const biUser = await s.signIn('who-user@x.test');
    const refused = await migrate(s, tenantId, biUser);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it("R21: a BI Developer's department permissions apply with projectId of their department only", async () => {
    const s = get();
    const { tenantId, own, other } = await legacyTenant({ s, prefix: 'scope' });
    const dev = await s.signIn('scope-dev@x.test');
    for (const permission of ['connections.manage', 'jobs.deploy', 'tasks.manage']) {
      expect((await s.check(tenantId, { permission, projectId: own }, dev)).body.allowed, permission).toBe(true);
      expect((await s.check(tenantId, { permission, projectId: other }, dev)).body.allowed, permission).toBe(false);
    }
    expect((await s.check(tenantId, { permission: 'tenant.manage' }, dev)).body.allowed).toBe(false);
  });
});
