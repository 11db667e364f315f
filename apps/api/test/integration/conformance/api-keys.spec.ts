import { expect, it } from 'vitest';
import type { Scenario } from '../harness/scenario.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

async function createKey({ s, tenantId, token, body }: { s: Scenario; tenantId: string; token: string; body: object }) {
  const created = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, body, { token });
  expect(created.status).toBe(201);
  return created.body as { id: string; secret: string };
}

describeOnEachDatabase('Conformance: API keys', (get) => {
  it('R20: a key limited to 10.0.0.0/8 answers 401 from 127.0.0.1; one limited to 127.0.0.1/32 or the bare address works', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ip-admin@x.test'] });
    const admin = await s.signIn('ip-admin@x.test');
    const office = await createKey({ s, tenantId, token: admin, body: { description: 'office', allowedIps: ['10.0.0.0/8'] } });
    const refused = await s.check(tenantId, { permission: 'projects.view' }, office.secret);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    for (const allowedIps of [['127.0.0.1/32'], ['127.0.0.1'], ['10.0.0.0/8', '127.0.0.1/32']]) {
      const local = await createKey({ s, tenantId, token: admin, body: { description: 'local', allowedIps } });
      expect((await s.check(tenantId, { permission: 'projects.view' }, local.secret)).body.allowed, allowedIps.join(',')).toBe(true);
    }
  });

  it("R20: a key's secret appears only in the answer that created it; listing shows description, expiry and addresses", async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['once-admin@x.test'] });
    const admin = await s.signIn('once-admin@x.test');
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const key = await createKey({ s, tenantId, token: admin, body: { description: 'nightly', expiresAt, allowedIps: ['127.0.0.1'] } });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.id] }, admin);
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: key.id, description: 'nightly', allowedIps: ['127.0.0.1'] })]);
    expect(Date.parse(listed.body.items[0].expiresAt)).toBe(Date.parse(expiresAt));
    for (const path of ['api-keys', 'roles', 'roles/consumer/members', 'audit-events']) {
      const answer = await s.http.get(`/api/v1/tenants/${tenantId}/${path}`, { token: admin });
      expect(answer.status, path).toBe(200);
      expect(JSON.stringify(answer.body), path).not.toContain(key.secret);
    }
  });

  it('R20: a deleted key stops working at once, leaves its roles, and no new key takes its id', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['gone-admin@x.test'] });
    const admin = await s.signIn('gone-admin@x.test');
    const key = await createKey({ s, tenantId, token: admin, body: { description: 'gone' } });
    await s.addMembers(tenantId, 'project-creator', { kind: 'apiKey', apiKeyIds: [key.id] }, admin);
    expect((await s.check(tenantId, { permission: 'jobs.run' }, key.secret)).body.allowed).toBe(true);
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/api-keys/${key.id}`, { token: admin })).status).toBe(200);
    expect((await s.check(tenantId, { permission: 'jobs.run' }, key.secret)).status).toBe(401);
    const creators = await s.http.get(`/api/v1/tenants/${tenantId}/roles/project-creator/members`, { token: admin });
    expect(creators.body.items).toEqual([]);
    const reAdd = await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.id] }, admin);
    expect(reAdd.status).toBe(404);
    expect(reAdd.body.code).toBe('NOT_FOUND');
    const later = await Promise.all(Array.from({ length: 5 }, () => createKey({ s, tenantId, token: admin, body: { description: 'later' } })));
    expect(later.map((k) => k.id)).not.toContain(key.id);
  });

  it('R20: a Monitor key imported from exactly the cutoff 2023-09-26 acts by its roles; one from the day before acts as administrator', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['cutoff-admin@x.test'] });
    const importKey = (createdAt: string, secret: string) =>
      s.http.post(`/api/v1/tenants/${tenantId}/api-keys/import`, { description: createdAt, createdAt, secret }, { token: s.platform });
    expect((await importKey('2023-09-25T23:59:59Z', 'lrk_cutoff-before-0000000001')).status).toBe(201);
    expect((await importKey('2023-09-26T00:00:00Z', 'lrk_cutoff-at-000000000000001')).status).toBe(201);
    expect((await s.check(tenantId, { permission: 'users.manage' }, 'lrk_cutoff-before-0000000001')).body.allowed).toBe(true);
    expect((await s.check(tenantId, { permission: 'users.manage' }, 'lrk_cutoff-at-000000000000001')).body.allowed).toBe(false);
    const me = await s.me(tenantId, 'lrk_cutoff-before-0000000001');
    expect(me.principal.kind).toBe('apiKey');
    const reason = me.permissions.find((p: { permission: string }) => p.permission === 'users.manage').reasons[0];
    expect(reason.source.kind).toBe('api-key-policy');
  });

  it('R20: importing keys is for the platform only; a user manager is refused', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['import-admin@x.test'] });
    const admin = await s.signIn('import-admin@x.test');
    const refused = await s.http.post(
      `/api/v1/tenants/${tenantId}/api-keys/import`,
      { description: 'x', createdAt: '2023-01-01T00:00:00Z', secret: 'lrk_import-by-admin-00000001' },
      { token: admin },
    );
    expect(refused.status).toBe(403);
    expect((await s.check(tenantId, { permission: 'users.manage' }, 'lrk_import-by-admin-00000001')).status).toBe(401);
  });
});
