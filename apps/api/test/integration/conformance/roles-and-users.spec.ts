import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

interface RoleView {
  id: string;
  memberCount: number;
  members: { items: { principalId: string; kind: string; email?: string | null; name: string; status: string | null }[]; nextCursor: string | null };
}

describeOnEachDatabase('Conformance: roles and users', (get) => {
  it('Contract: GET roles gives each application role its member count and first page of members {principalId, kind, email, name, status}', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-roles', name: 'Analysts', email: 'analysts@x.test', members: [] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['roles-admin@x.test'] });
    const admin = await s.signIn('roles-admin@x.test');
    const emails = Array.from({ length: 53 }, (_, index) => `roles-${String(index).padStart(2, '0')}@x.test`);
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join(';') }, admin);
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-roles'] }, admin);
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'reporting' }, { token: admin });
    await s.addMembers(tenantId, 'project-creator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);

    const response = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: admin });
    expect(response.status).toBe(200);
    const roles = Object.fromEntries((response.body.items as RoleView[]).map((role) => [role.id, role]));
    expect(Object.keys(roles)).toEqual(['consumer', 'project-creator', 'administrator']);
    expect(roles.consumer!.memberCount).toBe(53);
    expect(roles.consumer!.members.items.length).toBeLessThan(53);
    expect(roles.consumer!.members.nextCursor).toEqual(expect.any(String));
    expect(roles.consumer!.members.items[0]).toEqual({
      principalId: expect.any(String),
      kind: 'user',
      email: 'roles-00@x.test',
      name: expect.any(String),
      status: 'User Invitation',
      invitedAt: expect.any(String),
      invitedBy: { kind: 'user', name: expect.any(String), email: 'roles-admin@x.test' },
    });
    expect(roles['project-creator']!.memberCount).toBe(2);
    expect(roles['project-creator']!.members.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ principalId: 'grp-roles', kind: 'group', email: 'analysts@x.test', name: 'Analysts' }),
        expect.objectContaining({ principalId: key.body.id, kind: 'apiKey', name: 'reporting' }),
      ]),
    );
    expect(roles.administrator!.members.items).toEqual([expect.objectContaining({ kind: 'user', email: 'roles-admin@x.test', status: 'User' })]);
  });

  it('R4: an invited user shows exactly "User Invitation" until their first sign-in, then exactly "User"', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['status-admin@x.test'] });
    const admin = await s.signIn('status-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'Status-New@X.test' }, admin);
    const statusOf = async () => {
      const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: admin });
      const consumer = roles.body.items.find((role: RoleView) => role.id === 'consumer') as RoleView;
      return consumer.members.items.find((member) => member.email === 'status-new@x.test')?.status;
    };
    expect(await statusOf()).toBe('User Invitation');
    await s.signIn('status-new@x.test');
    expect(await statusOf()).toBe('User');
  });

  it('Contract: GET users?email= finds members by direct role, by group, by project role and by invitation, with principalId, roles and status', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-known', name: 'Known', members: ['known-group@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['known-admin@x.test'] });
    const admin = await s.signIn('known-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-known'] }, admin);
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'known-direct@x.test' }, admin);
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Known' }, { token: admin });
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'known-project@x.test', role: 'manager' },
      { token: admin },
    );
    await s.signIn('known-group@x.test');
    await s.signIn('known-direct@x.test');

    const find = async (email: string) => {
      const response = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=${encodeURIComponent(email)}`, { token: admin });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ items: expect.any(Array), nextCursor: null });
      return response.body.items.find((item: { email: string }) => item.email === email.toLowerCase());
    };
    expect(await find('KNOWN-DIRECT@x.test')).toMatchObject({ principalId: expect.any(String), status: 'User', roles: [{ role: 'consumer' }] });
    expect(await find('known-group@x.test')).toMatchObject({
      principalId: expect.any(String),
      status: 'User',
      roles: [{ role: 'project-creator', via: { groupId: 'grp-known' } }],
    });
    expect(await find('known-project@x.test')).toMatchObject({ status: 'User Invitation', projectRoles: [{ projectId: project.body.id, role: 'manager' }] });
    expect(await find('stranger@x.test')).toBeUndefined();

    const me = await s.me(tenantId, await s.signIn('known-direct@x.test'));
    expect((await find('known-direct@x.test')).principalId).toBe(me.principal.id);
  });

  it('R7: a group member the directory lists only by email, who never signed in, is known to the tenant with a principalId and can be checked by it', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-unseen', name: 'Unseen', members: ['unseen-member@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['unseen-admin@x.test'] });
    const admin = await s.signIn('unseen-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-unseen'] }, admin);
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=unseen-member@x.test`, { token: admin });
    expect(listed.status).toBe(200);
    const member = listed.body.items.find((item: { email: string }) => item.email === 'unseen-member@x.test');
    expect(member).toMatchObject({
      principalId: expect.any(String),
      status: 'User Invitation',
      roles: [{ role: 'project-creator', via: { groupId: 'grp-unseen' } }],
    });
    const check = await s.check(tenantId, { principalId: member.principalId, permission: 'jobs.run' }, admin);
    expect(check.status).toBe(200);
    expect(check.body.allowed).toBe(true);
  });

  it('Contract: GET users pages as {items, nextCursor} without repeating anyone, and needs user management', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['upage-admin@x.test'] });
    const admin = await s.signIn('upage-admin@x.test');
    const emails = Array.from({ length: 5 }, (_, index) => `upage-${index}@x.test`);
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join(';') }, admin);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { email: string }[]; nextCursor: string | null } } = await s.http.get(
        `/api/v1/tenants/${tenantId}/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...emails, 'upage-admin@x.test'].sort());
    const consumer = await s.signIn('upage-0@x.test');
    const refused = await s.http.get(`/api/v1/tenants/${tenantId}/users`, { token: consumer });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
