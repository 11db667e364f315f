import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('parallel changes to one tenant', (get) => {
  it('R11: two administrators removing each other at once leave one administrator', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['race-a@x.test', 'race-b@x.test'] });
    const a = await s.signIn('race-a@x.test');
    const b = await s.signIn('race-b@x.test');
    const aId = (await s.me(tenantId, a)).principal.id;
    const bId = (await s.me(tenantId, b)).principal.id;
    const results = await Promise.all([
      s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${bId}`, { token: a }),
      s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${aId}`, { token: b }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, expect.any(Number)]);
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.every((result) => result.status < 500)).toBe(true);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: results[0].status === 200 ? a : b });
    const admins = roles.body.items.find((role: { id: string }) => role.id === 'administrator');
    expect(admins.memberCount).toBe(1);
  });

  it('the same email added twice at once is one member, invited once', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['twice-admin@x.test'] });
    const admin = await s.signIn('twice-admin@x.test');
    const body = { kind: 'user', emails: 'twice@x.test' };
    const results = await Promise.all(Array.from({ length: 4 }, () => s.addMembers(tenantId, 'consumer', body, admin)));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201, 201]);
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(members.body.items.map((member: { email: string }) => member.email)).toEqual(['twice@x.test']);
    const mails = (await s.outbox()).filter((mail) => mail.to === 'twice@x.test' && mail.tenantId === tenantId);
    expect(mails).toHaveLength(1);
  });

  it("R9, R11: a settings change racing its actor's demotion is refused once the demotion committed (100 trials on PostgreSQL)", async () => {
    const s = get();
    const trials = s.api.database.name === 'postgres' ? 100 : 10;
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['demote-a@x.test'] });
    const a = await s.signIn('demote-a@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    for (let trial = 0; trial < trials; trial++) {
      const email = `demote-b-${trial}@x.test`;
      expect((await s.addMembers(tenantId, 'administrator', { kind: 'user', emails: email }, a)).status).toBe(201);
      const b = await s.signIn(email);
      const setting = trial % 2 === 0 ? 'administrators' : 'project-creators';
      const [changed, demoted] = await Promise.all([
        s.http.patch(`${base}/settings`, { projectCreation: setting }, { token: b }),
        s.addMembers(tenantId, 'consumer', { kind: 'user', emails: email }, a),
      ]);
      expect(demoted.status).toBe(201);
      expect([200, 403]).toContain(changed.status);
      const events = (await s.http.get(`${base}/audit-events?limit=2`, { token: a })).body.items as { action: string; actor: unknown }[];
      // Newest first: a change that succeeded committed before the demotion, never after it.
      if (changed.status === 200) expect(events[0]!.action).toContain('member');
      else expect(changed.body.code).toBe('FORBIDDEN');
      const after = await s.http.patch(`${base}/settings`, { projectCreation: setting }, { token: b });
      expect({ trial, status: after.status }).toEqual({ trial, status: 403 });
    }
  }, 300_000);
});
