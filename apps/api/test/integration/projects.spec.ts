import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('projects', (get) => {
  it('R16: the creator becomes owner; only owners and project managers add members; Monitor can restrict creation to administrators', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r16-admin@x.test'] });
    const admin = await s.signIn('r16-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'r16-creator@x.test; r16-other@x.test' }, admin);
    const creator = await s.signIn('r16-creator@x.test');
    const other = await s.signIn('r16-other@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Owned' }, { token: creator });
    expect(project.status).toBe(201);
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`, { token: creator });
    const owners = members.body.roles.find((r: { id: string }) => r.id === 'owner').members.items;
    expect(owners.map((m: { email: string }) => m.email)).toEqual(['r16-creator@x.test']);
    const byOther = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'x@x.test', role: 'member' },
      { token: other },
    );
    expect(byOther.status).toBe(403);
    const byOwner = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'r16-other@x.test', role: 'member' },
      { token: creator },
    );
    expect(byOwner.status).toBe(201);

    const monitor = await s.tenant({ product: 'monitor', administrators: ['r16-admin@x.test'] });
    await s.addMembers(monitor, 'project-creator', { kind: 'user', emails: 'r16-creator@x.test' }, admin);
    expect((await s.http.post(`/api/v1/tenants/${monitor}/projects`, { name: 'Before' }, { token: creator })).status).toBe(201);
    const restricted = await s.http.patch(`/api/v1/tenants/${monitor}/settings`, { projectCreation: 'administrators' }, { token: admin });
    expect(restricted.status).toBe(200);
    const refused = await s.http.post(`/api/v1/tenants/${monitor}/projects`, { name: 'After' }, { token: creator });
    expect(refused.status).toBe(403);
    expect((await s.http.post(`/api/v1/tenants/${monitor}/projects`, { name: 'By admin' }, { token: admin })).status).toBe(201);
    const integrateSetting = await s.http.patch(`/api/v1/tenants/${tenantId}/settings`, { projectCreation: 'administrators' }, { token: admin });
    expect(integrateSetting.body.code).toBe('VALIDATION');
  });

  it('R16a: adding a new email to a project makes them a consumer with that project role and invites them', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['r16a-admin@x.test'] });
    const admin = await s.signIn('r16a-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'P' }, { token: admin });
    const added = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'r16a-new@x.test', role: 'reader' },
      { token: admin },
    );
    expect(added.status).toBe(201);
    const consumers = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(consumers.body.items).toEqual([expect.objectContaining({ email: 'r16a-new@x.test', status: 'User Invitation' })]);
    const mail = (await s.outbox()).find((m) => m.to === 'r16a-new@x.test' && m.tenantId === tenantId);
    expect(mail?.text).toMatch(new RegExp(`http://localhost:3002/t/${tenantId}(\\s|$)`));
    const view = await s.check(tenantId, { email: 'r16a-new@x.test', permission: 'project.view', projectId: project.body.id }, admin);
    expect(view.body.allowed).toBe(true);
  });

  it('R19: Integrate consumers see every project; Assist consumers only their own', async () => {
    const s = get();
    const integrate = await s.tenant({ product: 'integrate', administrators: ['r19-admin@x.test'] });
    const admin = await s.signIn('r19-admin@x.test');
    await s.http.post(`/api/v1/tenants/${integrate}/projects`, { name: 'I1' }, { token: admin });
    await s.http.post(`/api/v1/tenants/${integrate}/projects`, { name: 'I2' }, { token: admin });
    await s.addMembers(integrate, 'consumer', { kind: 'user', emails: 'r19-consumer@x.test' }, admin);
    const consumer = await s.signIn('r19-consumer@x.test');
    const seen = await s.http.get(`/api/v1/tenants/${integrate}/projects`, { token: consumer });
    expect(seen.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['I1', 'I2']);
    expect((await s.check(integrate, { permission: 'jobs.view' }, consumer)).body.allowed).toBe(true);

    const assist = await s.tenant({ product: 'assist', administrators: ['r19-admin@x.test'] });
    const mine = await s.http.post(`/api/v1/tenants/${assist}/projects`, { name: 'Mine' }, { token: admin });
    const notMine = await s.http.post(`/api/v1/tenants/${assist}/projects`, { name: 'Not mine' }, { token: admin });
    await s.http.post(
      `/api/v1/tenants/${assist}/projects/${mine.body.id}/members`,
      { kind: 'user', emails: 'r19-consumer@x.test', role: 'reader' },
      { token: admin },
    );
    const assistSeen = await s.http.get(`/api/v1/tenants/${assist}/projects`, { token: consumer });
    expect(assistSeen.body.items.map((p: { name: string }) => p.name)).toEqual(['Mine']);
    const denied = await s.check(assist, { permission: 'projects.view', projectId: notMine.body.id }, consumer);
    expect(denied.body.allowed).toBe(false);
    expect((await s.check(assist, { permission: 'projects.view', projectId: mine.body.id }, consumer)).body.allowed).toBe(true);
  });

  it('Contract: project members list each role with its count and first page, as application roles do; ?role= pages one role with opaque cursors', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pm-page-admin@x.test'] });
    const admin = await s.signIn('pm-page-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Paged' }, { token: admin });
    const emails = Array.from({ length: 7 }, (_, n) => `pm-page-${n}@x.test`);
    const added = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: emails.join('; '), role: 'member' },
      { token: admin },
    );
    expect(added.status).toBe(201);
    const path = `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`;
    const overview = await s.http.get(`${path}?limit=3`, { token: admin });
    expect(overview.status).toBe(200);
    const member = overview.body.roles.find((role: { id: string }) => role.id === 'member');
    expect(member.memberCount).toBe(7);
    expect(member.members.items).toHaveLength(3);
    expect(member.members.nextCursor).toEqual(expect.any(String));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { email: string }[]; nextCursor: string | null } } = await s.http.get(
        `${path}?role=member&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item) => item.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...emails].sort());
    const searched = await s.http.get(`${path}?role=member&q=PM-PAGE-6`, { token: admin });
    expect(searched.body.items.map((item: { email: string }) => item.email)).toEqual(['pm-page-6@x.test']);
    const withoutRole = await s.http.get(`${path}?cursor=${member.members.nextCursor}`, { token: admin });
    expect({ status: withoutRole.status, code: withoutRole.body.code }).toEqual({ status: 400, code: 'VALIDATION' });
    const unknownRole = await s.http.get(`${path}?role=administrator`, { token: admin });
    expect({ status: unknownRole.status, code: unknownRole.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });

    // The filters and orders of a role's members (issue 17): kind and status narrow every role, and the total says how many match.
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'pm-page key' }, { token: admin });
    await s.http.post(path, { kind: 'apiKey', apiKeyIds: [key.body.id], role: 'member' }, { token: admin });
    const keysOnly = await s.http.get(`${path}?kind=apiKey`, { token: admin });
    const memberKeys = keysOnly.body.roles.find((role: { id: string }) => role.id === 'member').members;
    expect(memberKeys.items.map((item: { name: string }) => item.name)).toEqual(['pm-page key']);
    expect(memberKeys.total).toBe(1);
    const owners = keysOnly.body.roles.find((role: { id: string }) => role.id === 'owner').members;
    expect(owners.total).toBe(0);
    const signedIn = await s.http.get(`${path}?role=owner&status=User`, { token: admin });
    expect(signedIn.body.items.map((item: { email: string }) => item.email)).toEqual(['pm-page-admin@x.test']);
    const byEmail = await s.http.get(`${path}?role=member&kind=user&sort=email&limit=2`, { token: admin });
    expect(byEmail.body.items.map((item: { email: string }) => item.email)).toEqual(['pm-page-0@x.test', 'pm-page-1@x.test']);
    expect(byEmail.body.total).toBe(7);
    const badKind = await s.http.get(`${path}?kind=robot`, { token: admin });
    expect({ status: badKind.status, code: badKind.body.code }).toEqual({ status: 400, code: 'VALIDATION' });
  });

  it('Contract: the project list tells each caller their own project roles there, through groups and references too (R7, R17)', async () => {
    const s = get();
    const orgId = await s.organization({
      directory: { users: [{ email: 'myr-grouped@x.test', name: 'Grouped' }], groups: [{ id: 'myr-team', name: 'Team', members: ['myr-grouped@x.test'] }] },
    });
    const tenantId = await s.tenant({ product: 'monitor', orgId, administrators: ['myr-admin@x.test'] });
    const admin = await s.signIn('myr-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Mine' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    expect((await s.http.post(`${base}/members`, { kind: 'group', groupIds: ['myr-team'], role: 'contributor' }, { token: admin })).status).toBe(201);
    expect((await s.http.post(`${base}/records`, { assigneeEmail: 'myr-limited@x.test' }, { token: admin })).status).toBe(201);
    const rolesSeenBy = async (email: string) => {
      const listed = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: await s.signIn(email) });
      return listed.body.items.find((item: { id: string }) => item.id === project)?.myRoles;
    };
    expect(await rolesSeenBy('myr-admin@x.test')).toEqual(['owner']);
    expect(await rolesSeenBy('myr-grouped@x.test')).toEqual(['contributor']);
    expect(await rolesSeenBy('myr-limited@x.test')).toEqual(['limited-member']);
  });
});
