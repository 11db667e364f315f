import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('legacy model and migration', (get) => {
  it('R21: a legacy tenant lists the four legacy roles; BI Developers act on their department only', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r21-ga@x.test'] });
    const ga = await s.signIn('r21-ga@x.test');
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(roles.body.items.map((r: { id: string }) => r.id)).toEqual(['bi-user', 'bi-manager', 'bi-developer', 'group-admin']);
    const sales = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Sales' }, { token: ga });
    const finance = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Finance' }, { token: ga });
    const invited = await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: 'r21-dev@x.test', role: 'bi-developer' }, { token: ga });
    expect(invited.status).toBe(201);
    const set = await s.http.put(`/api/v1/tenants/${tenantId}/departments/${sales.body.id}/members`, { emails: ['r21-dev@x.test'] }, { token: ga });
    expect(set.status).toBe(200);
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/legacy/users`, { token: ga });
    expect(users.body.items.find((u: { email: string }) => u.email === 'r21-dev@x.test')).toMatchObject({
      roles: ['bi-developer'],
      departments: [{ id: sales.body.id, name: 'Sales' }],
    });
    const dev = await s.signIn('r21-dev@x.test');
    expect((await s.check(tenantId, { permission: 'jobs.manage', projectId: sales.body.id }, dev)).body.allowed).toBe(true);
    expect((await s.check(tenantId, { permission: 'jobs.manage', projectId: finance.body.id }, dev)).body.allowed).toBe(false);
  });

  it('R21: the departments list names each department with its members, for user managers only; a migrated tenant has none', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r21d-ga@x.test'] });
    const ga = await s.signIn('r21d-ga@x.test');
    const sales = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Sales' }, { token: ga });
    const archive = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Archive' }, { token: ga });
    await s.addMembers(tenantId, 'bi-user', { kind: 'user', emails: 'r21d-ann@x.test; r21d-bo@x.test' }, ga);
    await s.http.put(`/api/v1/tenants/${tenantId}/departments/${sales.body.id}/members`, { emails: ['r21d-bo@x.test', 'r21d-ann@x.test'] }, { token: ga });
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/departments`, { token: ga });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((d: { name: string; members: { email: string }[] }) => [d.name, d.members.map((m) => m.email).sort()])).toEqual([
      ['Archive', []],
      ['Sales', ['r21d-ann@x.test', 'r21d-bo@x.test']],
    ]);
    expect(listed.body.items[0].id).toBe(archive.body.id);
    // R3: Manage Users says when and by whom each pending user was invited.
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/legacy/users`, { token: ga });
    const bo = users.body.items.find((u: { email: string }) => u.email === 'r21d-bo@x.test');
    expect(bo).toMatchObject({ status: 'User Invitation', invitedBy: { kind: 'user', email: 'r21d-ga@x.test' } });
    expect(Date.parse(bo.invitedAt)).not.toBeNaN();
    expect(users.body.items.find((u: { email: string }) => u.email === 'r21d-ga@x.test')).toMatchObject({ invitedAt: null, invitedBy: null });
    const user = await s.signIn('r21d-ann@x.test');
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/departments`, { token: user })).body.code).toBe('FORBIDDEN');
    await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration?dryRun=false`, undefined, { token: ga });
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/departments`, { token: ga })).body).toEqual({ items: [] });
  });

  it('R21: a BI Developer invited without a department is a member of the tenant: /me, check and the tenant list work for them', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r21n-ga@x.test'] });
    const ga = await s.signIn('r21n-ga@x.test');
    expect((await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: 'r21n-dev@x.test', role: 'bi-developer' }, { token: ga })).status).toBe(201);
    const dev = await s.signIn('r21n-dev@x.test');
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: dev })).status).toBe(200);
    const check = await s.check(tenantId, { permission: 'jobs.view' }, dev);
    expect({ status: check.status, allowed: check.body.allowed }).toEqual({ status: 200, allowed: false });
    const mine = await s.http.get('/api/v1/tenants', { token: dev });
    expect(mine.body.items.map((tenant: { id: string }) => tenant.id)).toContain(tenantId);
  });

  it('R15: a Group Admin cannot remove another Group Admin until they are given a lower role', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r15-a@x.test', 'r15-b@x.test'] });
    const a = await s.signIn('r15-a@x.test');
    const b = await s.signIn('r15-b@x.test');
    const bId = (await s.me(tenantId, b)).principal.id;
    const refused = await s.http.delete(`/api/v1/tenants/${tenantId}/legacy/users/${bId}`, { token: a });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PEER_GROUP_ADMIN');
    expect((await s.http.put(`/api/v1/tenants/${tenantId}/legacy/users/${bId}/role`, { role: 'bi-user' }, { token: a })).status).toBe(200);
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/legacy/users/${bId}`, { token: a })).status).toBe(200);
  });

  it('R22: the migration dry run lists gains and losses and changes nothing; applying maps roles and departments', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r22-ga@x.test'] });
    const ga = await s.signIn('r22-ga@x.test');
    const dept = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Ops' }, { token: ga });
    const empty = await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Archive' }, { token: ga });
    await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: 'r22-user@x.test', role: 'bi-user' }, { token: ga });
    await s.http.put(`/api/v1/tenants/${tenantId}/departments/${dept.body.id}/members`, { emails: ['r22-user@x.test'] }, { token: ga });
    const badFlag = await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration?dryRun=maybe`, undefined, { token: ga });
    expect(badFlag.body.code).toBe('VALIDATION');
    const dry = await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration`, undefined, { token: ga });
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    // Every department becomes a project, members or not, so the report's project ids all have a name.
    expect(dry.body.departments).toEqual(
      expect.arrayContaining([
        { id: dept.body.id, name: 'Ops' },
        { id: empty.body.id, name: 'Archive' },
      ]),
    );
    const user = dry.body.report.find((entry: { email: string }) => entry.email === 'r22-user@x.test');
    expect(user.applicationRole).toBe('consumer');
    expect(user.losses.map((loss: { permission: string }) => loss.permission)).toContain('reports.view');
    const stillLegacy = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(stillLegacy.body.roleModel).toBe('legacy');
    // Nobody loses access unseen: an apply naming a dry run the tenant has moved on from is refused and changes nothing.
    expect(dry.body.reportFingerprint).toMatch(/^[0-9a-f]{64}$/);
    await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: 'r22-late@x.test', role: 'bi-manager' }, { token: ga });
    const stale = await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration?dryRun=false&expectedReport=${dry.body.reportFingerprint}`, undefined, {
      token: ga,
    });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 409, code: 'CONFLICT' });
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga })).body.roleModel).toBe('legacy');
    const reviewed = await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration`, undefined, { token: ga });
    expect(reviewed.body.reportFingerprint).not.toBe(dry.body.reportFingerprint);
    const applied = await s.http.post(
      `/api/v1/tenants/${tenantId}/legacy-migration?dryRun=false&expectedReport=${reviewed.body.reportFingerprint}`,
      undefined,
      { token: ga },
    );
    expect(applied.status).toBe(200);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(roles.body.roleModel).toBe('current');
    const consumers = roles.body.items.find((r: { id: string }) => r.id === 'consumer');
    expect(consumers.members.items.map((m: { email: string }) => m.email).sort()).toEqual(['r22-late@x.test', 'r22-user@x.test']);
    const projects = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: ga });
    expect(projects.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['Archive', 'Ops']);
    const twice = await s.http.post(`/api/v1/tenants/${tenantId}/legacy-migration?dryRun=false`, undefined, { token: ga });
    expect(twice.body.code).toBe('CONFLICT');
  });
});
