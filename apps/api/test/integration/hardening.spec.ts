import { DataSource } from 'typeorm';
import { expect, it } from 'vitest';
import { databaseFingerprint } from './malformed/database-fingerprint.js';
import { securityHeaderFaults } from './malformed/security-headers.js';
import { describeOnEachDatabase } from './harness/on-each-database.js';

/** Findings of a security review, each as a user (or an attacker) meets it, on both databases. */
describeOnEachDatabase('hardening', (get) => {
  it('SPEC Addresses, R2, R3: lone surrogates, lookalike, invisible and bidi characters, literals and over-long addresses are VALIDATION with their positions and add nobody', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['addr-admin@x.test'] });
    const admin = await s.signIn('addr-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Addresses' }, { token: admin });
    const dataSource = s.api.app.get(DataSource);
    const before = await databaseFingerprint({ dataSource });
    const bad = [
      'a\ud800@x.test',
      'a\udbff@x.test',
      'ａdmin@x.test',
      'ad\u200bmin@x.test',
      'admin@x\u202e.test',
      'ad\u0007min@x.test',
      'admin@[127.0.0.1]',
      `${'a'.repeat(330)}@x.test`,
      `${'a'.repeat(70_000)}@x.test`,
    ];
    const emails = ['ok@x.test', ...bad].join('; ');
    const positions = bad.map((_, index) => index + 2);
    const onRole = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails }, admin);
    const onProject = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails, role: 'member' },
      { token: admin },
    );
    for (const answer of [onRole, onProject]) {
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION');
      expect(answer.body.invalidEntries.map((entry: { position: number }) => entry.position)).toEqual(positions);
    }
    for (const email of bad) expect((await s.http.post('/api/v1/auth/dev-login', { email })).status).toBe(400);
    expect(await databaseFingerprint({ dataSource })).toEqual(before);
  });

  it('SPEC Addresses, R4: whatever inviting accepts, dev sign-in accepts, so every invitation can be accepted', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['addr2-admin@x.test'] });
    const admin = await s.signIn('addr2-admin@x.test');
    const unusual = "o'Neil+tag!#$%&*/=?^_`{|}~-@Mail-Host.x.test";
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: ` ${unusual}\t` }, admin)).status).toBe(201);
    const signedIn = await s.http.post('/api/v1/auth/dev-login', { email: unusual });
    expect(signedIn.status).toBe(200);
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/users`, { token: admin });
    expect(users.body.items).toContainEqual(expect.objectContaining({ email: unusual.toLowerCase(), status: 'User' }));
  });

  it('R20, SPEC API keys: an allow list entry with spaces or host bits is VALIDATION', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ips-admin@x.test'] });
    const admin = await s.signIn('ips-admin@x.test');
    for (const allowedIps of [[' 1.2.3.4'], ['1.2.3.4 '], ['10.0.0.1/8'], ['01.2.3.4']]) {
      const answer = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'office', allowedIps }, { token: admin });
      expect(answer.status, JSON.stringify(allowedIps)).toBe(400);
      expect(answer.body.code).toBe('VALIDATION');
    }
  });

  it('SPEC §4 bad input never yields a 5xx: NUL path ids, an out-of-range audit cursor and an undecodable session cookie are 4xx on every kind of route', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['nul-path-admin@x.test'] });
    const admin = await s.signIn('nul-path-admin@x.test');
    const as = { token: admin };
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/directory/groups/%00/members`, as)).status).toBe(400);
    expect((await s.http.put('/api/v1/organizations/%00/directory', { users: [], groups: [] }, { token: s.platform })).status).toBe(400);
    const imported = await s.http.post(
      '/api/v1/tenants/%00/api-keys/import',
      { description: 'x', createdAt: '2023-01-01T00:00:00Z', secret: 'OldSystemSecret-0001' },
      { token: s.platform },
    );
    expect(imported.status).toBe(400);
    const cursor = Buffer.from(JSON.stringify([3_000_000_000])).toString('base64url');
    const audit = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?cursor=${cursor}`, as);
    expect(audit.status).toBe(400);
    expect(audit.body.code).toBe('VALIDATION');
    // A sibling subdomain can set this cookie: public routes still answer, others ask for sign-in.
    const cookie = { headers: { cookie: 'loome_session=%' } };
    expect((await s.http.get('/api/v1/products', cookie)).status).toBe(200);
    expect((await s.http.post('/api/v1/auth/dev-login', { email: 'cookie-victim@x.test' }, cookie)).status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, cookie)).status).toBe(401);
    expect((await s.http.get(`/trpc/products.list`, cookie)).status).toBe(200);
  });

  it('Sessions and secrets: tRPC errors carry no stack trace and no answer names the framework, whatever NODE_ENV says', async () => {
    const s = get();
    const saved = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      const answer = await s.http.get(`/trpc/me.get?input=${encodeURIComponent(JSON.stringify({ tenantId: 'nope' }))}`);
      expect(answer.status).toBe(401);
      expect(JSON.stringify(answer.body)).not.toMatch(/stack|at .*\.(js|ts):\d+/);
      const invalid = await s.http.post('/trpc/auth.devLogin', { email: 42 });
      expect(invalid.status).toBe(400);
      expect(JSON.stringify(invalid.body)).not.toMatch(/"stack"/);
      expect(answer.headers.get('x-powered-by')).toBeNull();
    } finally {
      if (saved !== undefined) process.env.NODE_ENV = saved;
    }
  });

  it('Security headers: successful answers of REST, the fast lane and tRPC carry them, as errors do', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['headers-admin@x.test'] });
    const admin = await s.signIn('headers-admin@x.test');
    const answers = [
      await s.http.get('/api/docs'),
      await s.http.get('/api/v1/products'),
      await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: admin }),
      await s.check(tenantId, { permission: 'jobs.run' }, admin),
      await s.http.get('/trpc/products.list'),
      await s.http.get('/no-such-route'),
    ];
    for (const answer of answers) expect(securityHeaderFaults({ headers: answer.headers })).toEqual([]);
  });

  it('Connections: the API keeps an idle connection for 65 s and says so, longer than clients and load balancers keep theirs, so none is reset under a request', async () => {
    const answer = await fetch(`${get().api.baseUrl}/api/v1/products`);
    await answer.text();
    expect(answer.headers.get('keep-alive')).toBe('timeout=65');
  });
});
