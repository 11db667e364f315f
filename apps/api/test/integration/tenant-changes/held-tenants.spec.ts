import { expect, it } from 'vitest';
import { TenantContextService } from '../../../src/modules/tenants/tenant-context.service.js';
import { TenantStateRepository } from '../../../src/modules/tenants/tenant-state.repository.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';

/** Counts whole-tenant loads from now on: what a change that touches other tenants must not cause. */
function countLoads(s: Scenario): { readonly count: number } {
  const states = s.api.app.get(TenantStateRepository);
  const load = states.load.bind(states);
  const counter = { count: 0 };
  states.load = (input) => {
    counter.count += 1;
    return load(input);
  };
  return counter;
}

describeOnEachDatabase(
  'held tenants',
  (get) => {
    it('Production: the cache of held tenants stays within its memory budget, dropping the least recently used, and a dropped tenant answers as before', async () => {
      const s = get();
      const contexts = s.api.app.get(TenantContextService);
      const tenants: { tenantId: string; token: string }[] = [];
      for (let at = 0; at < 6; at++) {
        const email = `budget-${at}@x.test`;
        const tenantId = await s.tenant({ product: 'integrate', administrators: [email] });
        tenants.push({ tenantId, token: await s.signIn(email) });
      }
      for (const { tenantId, token } of tenants) expect((await s.me(tenantId, token)).principal).not.toBeNull();
      const { tenants: held, bytes, budgetBytes } = contexts.stats();
      expect(bytes).toBeLessThanOrEqual(budgetBytes);
      expect(held).toBeLessThan(tenants.length);
      for (const { tenantId, token } of tenants) expect((await s.me(tenantId, token)).permissions.length).toBeGreaterThan(0);
    });
  },
  { config: { tenantCacheMegabytes: 0.2 } },
);

describeOnEachDatabase('changes that span tenants', (get) => {
  it('R4, R7: a first sign-in and a directory change reload no tenant, and leave the tenants they do not concern at their version', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-ops', name: 'Ops', members: ['ops-1@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['held-admin@x.test'] });
    const admin = await s.signIn('held-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'held-invitee@x.test' }, admin);
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-ops'] }, admin);
    const other = await s.tenant({ product: 'monitor', administrators: ['elsewhere@x.test'] });
    await s.me(tenantId, admin);
    const contexts = s.api.app.get(TenantContextService);
    const versionOf = async (id: string) => (await contexts.get({ tenantId: id }))!.version;
    const before = await versionOf(tenantId);
    const loads = countLoads(s);

    await s.signIn('elsewhere@x.test');
    expect(await versionOf(tenantId)).toBe(before);
    const otherBefore = await versionOf(other);

    await s.signIn('held-invitee@x.test');
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=held-invitee@x.test`, { token: admin });
    expect(users.body.items[0].status).toBe('User');
    expect(await versionOf(tenantId)).toBe(before + 1);

    await s.setDirectory({ orgId, directory: { groups: [{ id: 'grp-ops', name: 'Ops', members: ['ops-2@x.test'] }] } });
    const ops1 = await s.check(tenantId, { email: 'ops-1@x.test', permission: 'jobs.run' }, admin);
    const ops2 = await s.check(tenantId, { email: 'ops-2@x.test', permission: 'jobs.run' }, admin);
    expect([ops1.body.allowed, ops2.body.allowed]).toEqual([false, true]);
    expect(await versionOf(other)).toBe(otherBefore);
    expect(loads.count).toBe(1); // the other tenant, read once by `versionOf` above
  });
});
