import { expect, it } from 'vitest';
import type { ApiResponse } from '../harness/api-client.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

function expectProblem(response: ApiResponse, status: number, code: string) {
  expect(response.status, code).toBe(status);
  expect(response.headers.get('content-type'), code).toContain('application/problem+json');
  expect(response.body, code).toMatchObject({ status, code, title: expect.any(String) });
}

describeOnEachDatabase('Conformance: errors and sessions', (get) => {
  it('Contract: every refusal is application/problem+json with its stable code', async () => {
    const s = get();
    const orgId = await s.organization({ lookup: false });
    const tenantId = await s.tenant({ product: 'monitor', orgId, administrators: ['err-admin@x.test'] });
    const admin = await s.signIn('err-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'err-pc@x.test' }, admin);
    const creator = await s.signIn('err-pc@x.test');
    const adminId = (await s.me(tenantId, admin)).principal.id as string;
    const project = (await s.http.post(`${base}/projects`, { name: 'Errors' }, { token: admin })).body.id as string;

    expectProblem(await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'not-an-address' }, admin), 400, 'VALIDATION');
    expectProblem(await s.http.get(`${base}/roles`), 401, 'UNAUTHENTICATED');
    expectProblem(await s.http.get(`${base}/roles`, { token: 'lrk_not-a-key' }), 401, 'UNAUTHENTICATED');
    expectProblem(await s.http.get(`${base}/audit-events`, { token: creator }), 403, 'FORBIDDEN');
    expectProblem(await s.http.get(`${base}/projects/no-such-project/members`, { token: admin }), 404, 'NOT_FOUND');
    expectProblem(await s.http.delete(`${base}/roles/administrator/members/${adminId}`, { token: admin }), 409, 'CANNOT_REMOVE_SELF');
    expectProblem(
      await s.http.post(`${base}/projects/${project}/members`, { kind: 'user', emails: 'err-lm@x.test', role: 'limited-member' }, { token: admin }),
      409,
      'NOT_ASSIGNABLE',
    );
    expectProblem(await s.http.get(`${base}/directory/users?q=err`, { token: admin }), 409, 'LOOKUP_DISABLED');
    const key = await s.http.post(`${base}/api-keys`, { description: 'admin key' }, { token: admin });
    await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    expectProblem(await s.http.delete(`${base}/roles/administrator/members/${adminId}`, { token: key.body.secret }), 409, 'LAST_ADMINISTRATOR');
    expectProblem(await s.addMembers(tenantId, 'administrator', { kind: 'user', emails: 'err-up@x.test' }, creator), 403, 'FORBIDDEN');
    const second = await s.http.post(
      `${base}/api-keys/import`,
      { description: 'a', createdAt: '2023-01-01T00:00:00Z', secret: 'lrk_err-duplicate-000000001' },
      { token: s.platform },
    );
    expect(second.status).toBe(201);
    expectProblem(
      await s.http.post(
        `${base}/api-keys/import`,
        { description: 'b', createdAt: '2023-01-01T00:00:00Z', secret: 'lrk_err-duplicate-000000001' },
        { token: s.platform },
      ),
      409,
      'CONFLICT',
    );
    const text = await s.http.post(`${base}/projects`, undefined, { token: admin, rawBody: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    expect(text.headers.get('content-type')).toContain('application/problem+json');
    expect(text.body.code).toEqual(expect.any(String));
  });

  it('Contract: ids of another tenant answer NOT_FOUND exactly like missing ones, for members, projects and principals', async () => {
    const s = get();
    const mine = await s.tenant({ product: 'monitor', administrators: ['nf-a@x.test'] });
    const theirs = await s.tenant({ product: 'monitor', administrators: ['nf-b@x.test'] });
    const a = await s.signIn('nf-a@x.test');
    const b = await s.signIn('nf-b@x.test');
    const theirProject = (await s.http.post(`/api/v1/tenants/${theirs}/projects`, { name: 'Theirs' }, { token: b })).body.id as string;
    const myProject = (await s.http.post(`/api/v1/tenants/${mine}/projects`, { name: 'Mine' }, { token: a })).body.id as string;
    const theirRecord = (await s.http.post(`/api/v1/tenants/${theirs}/projects/${theirProject}/records`, { assigneeEmail: 'nf-b@x.test' }, { token: b })).body
      .id as string;
    const theirRule = (
      await s.http.post(`/api/v1/tenants/${theirs}/projects/${theirProject}/communication-rules`, { name: 'R', recipients: ['nf-b@x.test'] }, { token: b })
    ).body.id as string;
    await s.addMembers(theirs, 'consumer', { kind: 'user', emails: 'nf-c@x.test' }, b);
    const theirUser = await s.principalIdOf(theirs, 'nf-c@x.test', b);
    const pairs: [string, () => Promise<ApiResponse>, () => Promise<ApiResponse>][] = [
      [
        'project members',
        () => s.http.get(`/api/v1/tenants/${mine}/projects/${theirProject}/members`, { token: a }),
        () => s.http.get(`/api/v1/tenants/${mine}/projects/missing/members`, { token: a }),
      ],
      [
        'role member',
        () => s.http.delete(`/api/v1/tenants/${mine}/roles/consumer/members/${theirUser}`, { token: a }),
        () => s.http.delete(`/api/v1/tenants/${mine}/roles/consumer/members/missing`, { token: a }),
      ],
      [
        'record',
        () => s.http.put(`/api/v1/tenants/${mine}/projects/${myProject}/records/${theirRecord}/assignee`, { email: null }, { token: a }),
        () => s.http.put(`/api/v1/tenants/${mine}/projects/${myProject}/records/missing/assignee`, { email: null }, { token: a }),
      ],
      [
        'rule',
        () => s.http.delete(`/api/v1/tenants/${mine}/projects/${myProject}/communication-rules/${theirRule}`, { token: a }),
        () => s.http.delete(`/api/v1/tenants/${mine}/projects/${myProject}/communication-rules/missing`, { token: a }),
      ],
    ];
    for (const [label, foreign, missing] of pairs) {
      const [f, m] = [await foreign(), await missing()];
      expect(f.status, label).toBe(404);
      expect(f.body.code, label).toBe('NOT_FOUND');
      expect({ ...f.body, detail: null }, label).toEqual({ ...m.body, detail: null });
    }
    const stillAssigned = await s.check(theirs, { permission: 'results.view-edit', recordId: theirRecord }, b);
    expect(stillAssigned.body.allowed).toBe(true);
  });

  it('Contract: the session cookie equals the dev-login token; cookie changes need an allowed Origin, bearer changes do not', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['sess@x.test'] });
    const login = await s.http.post('/api/v1/auth/dev-login', { email: 'sess@x.test' });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie.split('=')[1]).toBe(login.body.token);
    const settings = `/api/v1/tenants/${tenantId}/settings`;
    const evil = { cookie, origin: 'https://evil.example' };
    expectProblem(await s.http.patch(settings, { projectCreation: 'administrators' }, { headers: evil }), 403, 'FORBIDDEN');
    expectProblem(await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'csrf' }, { headers: evil }), 403, 'FORBIDDEN');
    const keys = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { headers: { cookie } });
    expect(keys.body.items).toEqual([]);
    const own = await s.http.patch(settings, { projectCreation: 'administrators' }, { headers: { cookie, origin: s.api.baseUrl } });
    expect(own.status).toBe(200);
    const bearer = await s.http.patch(
      settings,
      { projectCreation: 'project-creators' },
      { token: login.body.token, headers: { origin: 'https://evil.example' } },
    );
    expect(bearer.status).toBe(200);
    expect(bearer.body.settings.projectCreation).toBe('project-creators');
  });
});
