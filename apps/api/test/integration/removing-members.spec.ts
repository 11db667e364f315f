import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('removing members and groups', (get) => {
  it('R7: a group role follows the directory as it is now', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r7', name: 'Runners', members: [] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r7-admin@x.test'] });
    const admin = await s.signIn('r7-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-r7'] }, admin);
    const canRun = async () => (await s.check(tenantId, { email: 'r7-user@x.test', permission: 'jobs.run' }, admin)).body.allowed;
    expect(await canRun()).toBe(false);
    await s.setDirectory({ orgId, directory: { groups: [{ id: 'grp-r7', name: 'Runners', members: ['r7-user@x.test'] }] } });
    expect(await canRun()).toBe(true);
    await s.setDirectory({ orgId, directory: { groups: [{ id: 'grp-r7', name: 'Runners', members: [] }] } });
    expect(await canRun()).toBe(false);
  });

  it('R8: groups and keys hold several roles; permissions are the union of direct and group grants', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r8', name: 'Admins', members: ['r8-user@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r8-admin@x.test'] });
    const admin = await s.signIn('r8-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: ['grp-r8'] }, admin);
    await s.addMembers(tenantId, 'administrator', { kind: 'group', groupIds: ['grp-r8'] }, admin);
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r8-user@x.test' }, admin);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: admin });
    const holding = roles.body.items.filter((r: { members: { items: { principalId: string }[] } }) => r.members.items.some((m) => m.principalId === 'grp-r8'));
    expect(holding.map((r: { id: string }) => r.id).sort()).toEqual(['administrator', 'consumer']);
    const manage = await s.check(tenantId, { email: 'r8-user@x.test', permission: 'connections.manage' }, admin);
    expect(manage.body.allowed).toBe(true);
  });

  it('R9: only user managers add members, and nobody grants a permission they lack', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r9-admin@x.test'] });
    const admin = await s.signIn('r9-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'r9-creator@x.test' }, admin);
    const creator = await s.signIn('r9-creator@x.test');
    const refused = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r9-other@x.test' }, creator);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(members.body.items).toEqual([]);
  });

  it('R10: nobody can remove their own account, also not by moving themselves', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r10-a@x.test', 'r10-b@x.test'] });
    const a = await s.signIn('r10-a@x.test');
    const self = (await s.me(tenantId, a)).principal.id;
    const removed = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${self}`, { token: a });
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('CANNOT_REMOVE_SELF');
    const moved = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r10-a@x.test' }, a);
    expect(moved.body.code).toBe('CANNOT_REMOVE_SELF');
    const b = await s.signIn('r10-b@x.test');
    const byOther = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${self}`, { token: b });
    expect(byOther.status).toBe(200);
  });

  it('R11: the last direct user administrator cannot be removed or demoted', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r11', name: 'Admin group', members: ['r11-g@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r11-admin@x.test'] });
    const admin = await s.signIn('r11-admin@x.test');
    await s.addMembers(tenantId, 'administrator', { kind: 'group', groupIds: ['grp-r11'] }, admin);
    const groupAdmin = await s.signIn('r11-g@x.test');
    const adminId = (await s.me(tenantId, admin)).principal.id;
    const removed = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${adminId}`, { token: groupAdmin });
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('LAST_ADMINISTRATOR');
    const demoted = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r11-admin@x.test' }, groupAdmin);
    expect(demoted.body.code).toBe('LAST_ADMINISTRATOR');
    expect((await s.check(tenantId, { permission: 'tenant.manage' }, admin)).body.allowed).toBe(true);
  });

  it('R12: removing a user from their application role removes them from the tenant and its projects', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r12-admin@x.test'] });
    const admin = await s.signIn('r12-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'R12 project' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r12-user@x.test' }, admin);
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'r12-user@x.test', role: 'member' },
      { token: admin },
    );
    const user = await s.signIn('r12-user@x.test');
    const userId = (await s.me(tenantId, user)).principal.id;
    const removed = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${userId}`, { token: admin });
    expect(removed.status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: user })).status).toBe(404);
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`, { token: admin });
    const everyone = members.body.roles.flatMap((r: { members: { items: { principalId: string }[] } }) => r.members.items.map((m) => m.principalId));
    expect(everyone).not.toContain(userId);
  });

  it('R13: a key loses one role while it holds others; losing its last deletes it and its secret stops working', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r13-admin@x.test'] });
    const admin = await s.signIn('r13-admin@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'r13' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    await s.addMembers(tenantId, 'project-creator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    const first = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${key.body.id}`, { token: admin });
    expect(first.status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: key.body.secret })).status).toBe(200);
    const last = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/project-creator/members/${key.body.id}`, { token: admin });
    expect(last.status).toBe(200);
    const keys = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin });
    expect(keys.body.items.map((k: { id: string }) => k.id)).not.toContain(key.body.id);
    const afterDelete = await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: key.body.secret });
    expect(afterDelete.status).toBe(401);
  });

  it('R14: removing a group removes only its own grants; individual project roles stay', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r14', name: 'Team', members: ['r14-user@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r14-admin@x.test'] });
    const admin = await s.signIn('r14-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'R14 project' }, { token: admin });
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-r14'] }, admin);
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'r14-user@x.test', role: 'contributor' },
      { token: admin },
    );
    const removed = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/project-creator/members/grp-r14`, { token: admin });
    expect(removed.status).toBe(200);
    expect((await s.check(tenantId, { email: 'r14-user@x.test', permission: 'projects.create' }, admin)).body.allowed).toBe(false);
    const onProject = await s.check(tenantId, { email: 'r14-user@x.test', permission: 'project.jobs.manage', projectId: project.body.id }, admin);
    expect(onProject.body.allowed).toBe(true);
  });
});
