import { expect, it } from 'vitest';
import type { Scenario } from '../harness/scenario.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

async function projectOf({ s, tenantId, token, name }: { s: Scenario; tenantId: string; token: string; name: string }): Promise<string> {
  const created = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name }, { token });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describeOnEachDatabase('Conformance: check and check/batch', (get) => {
  it('Contract: a check answers {allowed, reason}; principalId and email name the same principal', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['ck-admin@x.test'] });
    const admin = await s.signIn('ck-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'ck-pc@x.test' }, admin);
    const principalId = await s.principalIdOf(tenantId, 'ck-pc@x.test', admin);
    for (const permission of ['jobs.run', 'tenant.manage']) {
      const byId = await s.check(tenantId, { principalId, permission }, admin);
      const byEmail = await s.check(tenantId, { email: 'CK-PC@x.test', permission }, admin);
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(byEmail.body);
      expect(byId.body).toMatchObject({ allowed: permission === 'jobs.run', reason: expect.any(String) });
    }
  });

  it('R19: Integrate consumers hold their permissions on every project; a project role scopes to its project', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['ck19i-admin@x.test'] });
    const admin = await s.signIn('ck19i-admin@x.test');
    const first = await projectOf({ s, tenantId, token: admin, name: 'First' });
    const second = await projectOf({ s, tenantId, token: admin, name: 'Second' });
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${first}/members`,
      { kind: 'user', emails: 'ck19i-user@x.test', role: 'manager' },
      { token: admin },
    );
    const user = await s.signIn('ck19i-user@x.test');
    const allowed = async (body: object) => (await s.check(tenantId, body, user)).body.allowed;
    expect(await allowed({ permission: 'jobs.view', projectId: second })).toBe(true);
    expect(await allowed({ permission: 'project.jobs.run' })).toBe(true);
    expect(await allowed({ permission: 'project.jobs.run', projectId: first })).toBe(true);
    expect(await allowed({ permission: 'project.jobs.run', projectId: second })).toBe(false);
  });

  it('R19: an Assist consumer views only projects they are assigned to', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ck19a-admin@x.test'] });
    const admin = await s.signIn('ck19a-admin@x.test');
    const assigned = await projectOf({ s, tenantId, token: admin, name: 'Assigned' });
    const other = await projectOf({ s, tenantId, token: admin, name: 'Other' });
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${assigned}/members`,
      { kind: 'user', emails: 'ck19a-user@x.test', role: 'reader' },
      { token: admin },
    );
    const user = await s.signIn('ck19a-user@x.test');
    const allowed = async (body: object) => (await s.check(tenantId, body, user)).body.allowed;
    expect(await allowed({ permission: 'projects.view' })).toBe(true);
    expect(await allowed({ permission: 'projects.view', projectId: assigned })).toBe(true);
    expect(await allowed({ permission: 'projects.view', projectId: other })).toBe(false);
  });

  it('Contract: a project id of another tenant answers exactly as a project that does not exist', async () => {
    const s = get();
    const mine = await s.tenant({ product: 'integrate', administrators: ['ck-iso-a@x.test'] });
    const theirs = await s.tenant({ product: 'integrate', administrators: ['ck-iso-b@x.test'] });
    const a = await s.signIn('ck-iso-a@x.test');
    const foreignProject = await projectOf({ s, tenantId: theirs, token: await s.signIn('ck-iso-b@x.test'), name: 'Theirs' });
    const foreign = await s.check(mine, { permission: 'project.jobs.view', projectId: foreignProject }, a);
    const missing = await s.check(mine, { permission: 'project.jobs.view', projectId: 'no-such-project' }, a);
    expect(foreign.status).toBe(missing.status);
    expect(foreign.body.allowed).toBe(missing.body.allowed);
    expect(foreign.body.code).toBe(missing.body.code);
  });

  it('Contract: an unknown permission is VALIDATION, alone or anywhere in a batch', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['ck-perm@x.test'] });
    const admin = await s.signIn('ck-perm@x.test');
    const single = await s.check(tenantId, { permission: 'jobs.run' }, admin);
    expect(single.status).toBe(400);
    expect(single.body.code).toBe('VALIDATION');
    expect(single.headers.get('content-type')).toContain('application/problem+json');
    const batch = await s.http.post(
      `/api/v1/tenants/${tenantId}/check/batch`,
      { checks: [{ permission: 'rules.run' }, { permission: 'no.such' }] },
      { token: admin },
    );
    expect(batch.status).toBe(400);
    expect(batch.body.code).toBe('VALIDATION');
  });

  it('Contract: checking someone else needs user management or a key with remote access; otherwise 403', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['ck-other-admin@x.test'] });
    const admin = await s.signIn('ck-other-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'ck-other-pc@x.test' }, admin);
    const creator = await s.signIn('ck-other-pc@x.test');
    const asCreator = await s.check(tenantId, { email: 'ck-other-admin@x.test', permission: 'users.manage' }, creator);
    expect(asCreator.status).toBe(403);
    expect(asCreator.body.code).toBe('FORBIDDEN');
    const inBatch = await s.http.post(
      `/api/v1/tenants/${tenantId}/check/batch`,
      { checks: [{ permission: 'rules.run' }, { email: 'ck-other-admin@x.test', permission: 'rules.run' }] },
      { token: creator },
    );
    expect(inBatch.status).toBe(403);
    expect((await s.check(tenantId, { email: 'ck-other-pc@x.test', permission: 'rules.run' }, admin)).body.allowed).toBe(true);

    const remote = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'remote' }, { token: admin });
    const plain = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'plain' }, { token: admin });
    await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [remote.body.id] }, admin);
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [plain.body.id] }, admin);
    expect((await s.check(tenantId, { email: 'ck-other-pc@x.test', permission: 'rules.run' }, remote.body.secret)).body.allowed).toBe(true);
    expect((await s.check(tenantId, { email: 'ck-other-pc@x.test', permission: 'rules.run' }, plain.body.secret)).status).toBe(403);
  });

  it('Contract: check/batch takes up to 1,000 checks and answers {results} in order; 1,001 is VALIDATION', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ck-batch@x.test'] });
    const admin = await s.signIn('ck-batch@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'ck-batch-creator@x.test' }, admin);
    const pair = [
      { email: 'ck-batch-creator@x.test', permission: 'users.manage' },
      { email: 'ck-batch-creator@x.test', permission: 'projects.view' },
    ];
    const checks = Array.from({ length: 500 }, () => pair).flat();
    const batch = await s.http.post(`/api/v1/tenants/${tenantId}/check/batch`, { checks }, { token: admin });
    expect(batch.status).toBe(200);
    expect(batch.headers.get('content-type')).toMatch(/^application\/json/);
    expect(batch.body.results).toHaveLength(1000);
    expect(batch.body.results.slice(0, 4).map((result: { allowed: boolean }) => result.allowed)).toEqual([false, true, false, true]);
    expect(batch.body.results[999]).toEqual(expect.objectContaining({ allowed: true, reason: expect.any(String) }));
    const tooMany = await s.http.post(`/api/v1/tenants/${tenantId}/check/batch`, { checks: [...checks, pair[0]] }, { token: admin });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VALIDATION');
  });

  it('Contract: a batch asked again after a change answers from the new roles, not from the answers it gave before', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ck-again@x.test'] });
    const admin = await s.signIn('ck-again@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'ck-again-user@x.test' }, admin);
    const checks = [
      { email: 'ck-again-user@x.test', permission: 'users.manage' },
      { email: 'ck-again-user@x.test', permission: 'projects.view' },
    ];
    const ask = async () =>
      (await s.http.post(`/api/v1/tenants/${tenantId}/check/batch`, { checks }, { token: admin })).body.results.map(
        (result: { allowed: boolean }) => result.allowed,
      );
    expect(await ask()).toEqual([false, true]);
    expect(await ask()).toEqual([false, true]);
    await s.addMembers(tenantId, 'administrator', { kind: 'user', emails: 'ck-again-user@x.test' }, admin);
    expect(await ask()).toEqual([true, true]);
  });
});
