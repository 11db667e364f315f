import { expect, it } from 'vitest';
import { listProcedures, listRoutes } from '../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('HTTP contract', (get) => {
  it('every REST route and tRPC procedure declares what it needs', () => {
    const routes = listRoutes({ app: get().api.app });
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => route.access === null).map((route) => `${route.method} ${route.path}`)).toEqual([]);
    const procedures = listProcedures();
    expect(procedures.filter((procedure) => procedure.access === null).map((procedure) => procedure.path)).toEqual([]);
    expect(procedures.map((procedure) => procedure.path)).toEqual(
      expect.arrayContaining(['auth.devLogin', 'roles.addMembers', 'legacy.migrate', 'audit.list']),
    );
  });

  it('unknown fields, non-JSON bodies, broken JSON, huge bodies and __proto__ keys are refused without a 5xx or a change', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['strict@x.test'] });
    const admin = await s.signIn('strict@x.test');
    const path = `/api/v1/tenants/${tenantId}/roles/consumer/members`;
    const extra = await s.http.post(path, { kind: 'user', emails: 'a@x.test', extra: true }, { token: admin });
    expect(extra.status).toBe(400);
    expect(extra.headers.get('content-type')).toContain('application/problem+json');
    expect(extra.body).toMatchObject({ code: 'VALIDATION', status: 400, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    const text = await s.http.post(path, undefined, { token: admin, rawBody: 'kind=user', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    const broken = await s.http.post(path, undefined, { token: admin, rawBody: '{"kind":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    const huge = await s.http.post(path, { kind: 'user', emails: 'a'.repeat(2_000_000) }, { token: admin });
    expect(huge.status).toBe(413);
    const proto = await s.http.post(path, undefined, {
      token: admin,
      rawBody: '{"kind":"user","emails":"p@x.test","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(proto.status).toBe(400);
    const members = await s.http.get(path, { token: admin });
    expect(members.body.items).toEqual([]);
    // A JSON null is a body, not a missing one: refused like any other non-object, and nothing is audited.
    const settingsPath = `/api/v1/tenants/${tenantId}/settings`;
    const auditBefore = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=200`, { token: admin });
    const asNull = await s.http.patch(settingsPath, undefined, { token: admin, rawBody: 'null', headers: { 'content-type': 'application/json' } });
    expect({ status: asNull.status, code: asNull.body.code }).toEqual({ status: 400, code: 'VALIDATION' });
    const auditAfter = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=200`, { token: admin });
    expect(auditAfter.body.items).toEqual(auditBefore.body.items);
  });

  it('an id of another tenant answers NOT_FOUND exactly like a missing one', async () => {
    const s = get();
    const mine = await s.tenant({ product: 'integrate', administrators: ['iso-a@x.test'] });
    const theirs = await s.tenant({ product: 'integrate', administrators: ['iso-b@x.test'] });
    const a = await s.signIn('iso-a@x.test');
    const b = await s.signIn('iso-b@x.test');
    const theirKey = await s.http.post(`/api/v1/tenants/${theirs}/api-keys`, { description: 'theirs' }, { token: b });
    const foreign = await s.http.delete(`/api/v1/tenants/${mine}/api-keys/${theirKey.body.id}`, { token: a });
    const missing = await s.http.delete(`/api/v1/tenants/${mine}/api-keys/does-not-exist`, { token: a });
    expect(foreign.status).toBe(404);
    expect({ ...foreign.body, detail: null }).toEqual({ ...missing.body, detail: null });
    const otherTenant = await s.http.get(`/api/v1/tenants/${theirs}/roles`, { token: a });
    const noTenant = await s.http.get('/api/v1/tenants/no-such-tenant/roles', { token: a });
    expect(otherTenant.status).toBe(404);
    expect(otherTenant.body).toEqual(noTenant.body);
    const keyElsewhere = await s.http.get(`/api/v1/tenants/${mine}/me`, { token: theirKey.body.secret });
    expect(keyElsewhere.status).toBe(404);
  });

  it('sign-in sets an HttpOnly SameSite=Lax cookie; cookie changes from a foreign origin are refused', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['cookie@x.test'] });
    const login = await s.http.post('/api/v1/auth/dev-login', { email: 'cookie@x.test' });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^loome_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    const body = { kind: 'user', emails: 'via-cookie@x.test' };
    const path = `/api/v1/tenants/${tenantId}/roles/consumer/members`;
    const read = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { headers: { cookie: session } });
    expect(read.status).toBe(200);
    const foreign = await s.http.post(path, body, { headers: { cookie: session, origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const portal = await s.http.post(path, body, { headers: { cookie: session, origin: 'http://localhost:3001' } });
    expect(portal.status).toBe(201);
  });

  it("signing out ends that session at once (bearer and tRPC), keeps the user's other sessions, and an API key has none to end", async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['signout@x.test'] });
    const first = (await s.http.post('/api/v1/auth/dev-login', { email: 'signout@x.test' })).body.token as string;
    const second = (await s.http.post('/api/v1/auth/dev-login', { email: 'signout@x.test' })).body.token as string;
    const signedOut = await s.http.post('/api/v1/auth/sign-out', undefined, { token: first });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get('set-cookie') ?? '').toMatch(/^loome_session=;/);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: first })).status).toBe(401);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: second })).status).toBe(200);
    expect((await s.http.post('/trpc/auth.signOut', {}, { token: second })).status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: second })).status).toBe(401);
    const admin = await s.signIn('signout@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'no session' }, { token: admin });
    const keySignOut = await s.http.post('/api/v1/auth/sign-out', undefined, { token: key.body.secret });
    expect(keySignOut.status).toBe(409);
    expect(keySignOut.body.code).toBe('CONFLICT');
    expect((await s.http.post('/api/v1/auth/sign-out')).status).toBe(401);
  });

  it('members, users and audit events page with opaque cursors', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pager@x.test'] });
    const admin = await s.signIn('pager@x.test');
    const emails = Array.from({ length: 7 }, (_, index) => `page-${index}@x.test`);
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join(';') }, admin);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { email: string }[]; nextCursor: string | null } } = await s.http.get(
        `/api/v1/tenants/${tenantId}/roles/consumer/members?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      seen.push(...page.body.items.map((item) => item.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(emails);
    const search = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members?q=PAGE-3`, { token: admin });
    expect(search.body.items.map((item: { email: string }) => item.email)).toEqual(['page-3@x.test']);
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/users?limit=5`, { token: admin });
    expect(users.body.items).toHaveLength(5);
    expect(users.body.nextCursor).toEqual(expect.any(String));
    const badCursor = await s.http.get(`/api/v1/tenants/${tenantId}/users?cursor=%%%`, { token: admin });
    expect(badCursor.status).toBe(400);
  });

  it('tRPC serves the same services with the session as bearer', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc@x.test'] });
    const token = await s.signIn('trpc@x.test');
    const input = encodeURIComponent(JSON.stringify({ tenantId }));
    const response = await fetch(`${s.api.baseUrl}/trpc/roles.list?input=${input}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { result: { data: { items: { id: string }[] } } };
    expect(body.result.data.items.map((role) => role.id)).toEqual(['consumer', 'project-creator', 'administrator']);
    const anonymous = await fetch(`${s.api.baseUrl}/trpc/roles.list?input=${input}`);
    expect(anonymous.status).toBe(401);
  });

  it('the OpenAPI document lists every route with its access and input schemas', async () => {
    const s = get();
    const doc = await s.http.get('/api/docs');
    expect(doc.status).toBe(200);
    const operation = doc.body.paths['/api/v1/tenants/{tenantId}/roles/{roleId}/members'].post;
    expect(operation['x-access']).toBe('permission:userManagement');
    expect(operation.requestBody.content['application/json'].schema.oneOf ?? operation.requestBody.content['application/json'].schema.anyOf).toHaveLength(3);
  });
});

describeOnEachDatabase(
  'sign-in outside dev mode',
  (get) => {
    it('dev sign-in is refused when AUTH_MODE is not dev', async () => {
      const response = await get().http.post('/api/v1/auth/dev-login', { email: 'someone@x.test' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });
  },
  { config: { authMode: 'oidc' } },
);
