import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashApiKeySecret } from '../../src/common/crypto/secrets.js';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('API keys', (get) => {
  it('R20: an Integrate key has the permissions of its roles; secrets are shown once and stored only as a hash', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r20-admin@x.test'] });
    const admin = await s.signIn('r20-admin@x.test');
    const created = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'ci' }, { token: admin });
    expect(created.status).toBe(201);
    const { id, secret } = created.body;
    expect(secret).toMatch(/^lrk_[A-Za-z0-9_-]{43}$/);
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const dataSource = s.api.app.get(DataSource);
    const placeholder = dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { secret_hash: string }[] = await dataSource.query(`SELECT secret_hash FROM api_keys WHERE id = ${placeholder}`, [id]);
    expect(rows[0]?.secret_hash).toBe(hashApiKeySecret({ secret, pepper: s.api.config.apiKeyPepper }));
    expect(rows[0]?.secret_hash).not.toBe(createHash('sha256').update(secret).digest('hex'));
    expect((await s.check(tenantId, { permission: 'jobs.run' }, secret)).body.allowed).toBe(false);
    await s.addMembers(tenantId, 'project-creator', { kind: 'apiKey', apiKeyIds: [id] }, admin);
    expect((await s.check(tenantId, { permission: 'jobs.run' }, secret)).body.allowed).toBe(true);
  });

  it('R20: the key list says which roles each key holds and when it was last used; a key never used says so', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r20-use@x.test'] });
    const admin = await s.signIn('r20-use@x.test');
    const used = (await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'nightly export' }, { token: admin })).body;
    const idle = (await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'spare' }, { token: admin })).body;
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [used.id] }, admin);
    const before = Date.now();
    expect((await s.check(tenantId, { permission: 'jobs.view' }, used.secret)).body.allowed).toBe(true);
    const keyOf = async (id: string) => {
      const listed = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin });
      return listed.body.items.find((key: { id: string }) => key.id === id);
    };
    // The use is recorded beside the request, so the list may see it a moment later.
    await expect.poll(async () => (await keyOf(used.id)).lastUsedAt, { timeout: 5_000 }).not.toBeNull();
    const lastUsedAt = Date.parse((await keyOf(used.id)).lastUsedAt);
    expect(lastUsedAt).toBeGreaterThanOrEqual(before - 1_000);
    expect(lastUsedAt).toBeLessThanOrEqual(Date.now());
    expect(await keyOf(used.id)).toMatchObject({ roles: ['consumer'] });
    expect(await keyOf(idle.id)).toMatchObject({ roles: [], lastUsedAt: null });
  });

  it('R20: an expired key, a key used from another address and a deleted key answer 401; deleted ids are never reused', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['r20b-admin@x.test'] });
    const admin = await s.signIn('r20b-admin@x.test');
    const past = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'past', expiresAt: '2020-01-01T00:00:00Z' }, { token: admin });
    expect(past.body.code).toBe('VALIDATION');
    const soon = await s.http.post(
      `/api/v1/tenants/${tenantId}/api-keys`,
      { description: 'soon', expiresAt: new Date(Date.now() + 1500).toISOString() },
      { token: admin },
    );
    // The same moment written at +14:00: its text sorts after any UTC time of the same day.
    const atOffset = new Date(Date.now() + 1500 + 14 * 3_600_000).toISOString().replace(/\.\d+Z$/, '+14:00');
    const soonAtOffset = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'soon, at +14:00', expiresAt: atOffset }, { token: admin });
    expect(soonAtOffset.status).toBe(201);
    for (const key of [soon, soonAtOffset]) expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: key.body.secret })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    for (const key of [soon, soonAtOffset]) {
      const expired = await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: key.body.secret });
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('UNAUTHENTICATED');
    }
    const elsewhere = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'office', allowedIps: ['10.1.0.0/16'] }, { token: admin });
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: elsewhere.body.secret })).status).toBe(401);
    const local = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'local', allowedIps: ['127.0.0.0/8'] }, { token: admin });
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: local.body.secret })).status).toBe(200);
    const badIp = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'bad', allowedIps: ['300.1.1.1'] }, { token: admin });
    expect(badIp.body.code).toBe('VALIDATION');
    const deleted = await s.http.delete(`/api/v1/tenants/${tenantId}/api-keys/${local.body.id}`, { token: admin });
    expect(deleted.status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: local.body.secret })).status).toBe(401);
    const again = await s.http.delete(`/api/v1/tenants/${tenantId}/api-keys/${local.body.id}`, { token: admin });
    expect(again.body.code).toBe('NOT_FOUND');
    const next = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'next' }, { token: admin });
    expect(next.body.id).not.toBe(local.body.id);
  });

  it('R20, SPEC API keys: an imported secret keeps working, is stored keyed, and one with the session prefix is VALIDATION and changes nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['r20c-admin@x.test'] });
    const admin = await s.signIn('r20c-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    const sessionLike = await s.http.post(
      `${base}/api-keys/import`,
      { description: 'looks like a session', createdAt: '2023-01-15T10:00:00Z', secret: 'lss_OldSystemSecret-0001' },
      { token: s.platform },
    );
    expect(sessionLike.status).toBe(400);
    expect(sessionLike.body.code).toBe('VALIDATION');
    expect((await s.http.get(`${base}/api-keys`, { token: admin })).body.items).toEqual([]);
    const weak = 'password12345678';
    const imported = await s.http.post(
      `${base}/api-keys/import`,
      { description: 'old', createdAt: '2023-01-15T10:00:00Z', secret: weak },
      { token: s.platform },
    );
    expect(imported.status).toBe(201);
    expect((await s.http.get(`${base}/me`, { token: weak })).status).toBe(200);
    const dataSource = s.api.app.get(DataSource);
    const placeholder = dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { secret_hash: string }[] = await dataSource.query(`SELECT secret_hash FROM api_keys WHERE id = ${placeholder}`, [imported.body.id]);
    expect(rows[0]?.secret_hash).not.toBe(createHash('sha256').update(weak).digest('hex'));
  });
});
