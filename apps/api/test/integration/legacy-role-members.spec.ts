import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

type Member = { principalId: string; email: string; status: string };

async function legacyTenant({ s, administrators }: { s: Scenario; administrators: string[] }) {
  const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators });
  const token = await s.signIn(administrators[0]!);
  const roles = `/api/v1/tenants/${tenantId}/roles`;
  const membersOf = async (roleId: string): Promise<Member[]> => {
    const response = await s.http.get(`${roles}/${roleId}/members`, { token });
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const legacyRolesOf = async (email: string): Promise<string[] | undefined> => {
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/legacy/users`, { token });
    return users.body.items.find((user: { email: string }) => user.email === email)?.roles;
  };
  return { tenantId, token, roles, membersOf, legacyRolesOf };
}

describeOnEachDatabase('legacy roles through the roles routes', (get) => {
  it('R21, R2, R3: a legacy role takes users by email; newcomers are invited and holders of another legacy role move to it', async () => {
    const s = get();
    const t = await legacyTenant({ s, administrators: ['lrm-ga@x.test'] });
    const asAdmin = { token: t.token };
    expect((await s.http.post(`/api/v1/tenants/${t.tenantId}/legacy/users`, { email: 'lrm-dev@x.test', role: 'bi-developer' }, asAdmin)).status).toBe(201);

    const added = await s.addMembers(t.tenantId, 'bi-user', { kind: 'user', emails: ' LRM-New@x.test ;; lrm-dev@x.test; lrm-new@x.test;' }, t.token);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      added: [],
      invited: ['lrm-new@x.test'],
      moved: [{ email: 'lrm-dev@x.test', from: 'bi-developer', to: 'bi-user' }],
      unchanged: [],
    });

    const biUsers = await t.membersOf('bi-user');
    expect(biUsers.map((m) => [m.email, m.status]).sort()).toEqual([
      ['lrm-dev@x.test', 'User Invitation'],
      ['lrm-new@x.test', 'User Invitation'],
    ]);
    expect(await t.membersOf('bi-developer')).toEqual([]);
    // Manage Users shows the same state: one legacy role per user.
    expect(await t.legacyRolesOf('lrm-dev@x.test')).toEqual(['bi-user']);
    expect(await t.legacyRolesOf('lrm-new@x.test')).toEqual(['bi-user']);
    expect((await s.outbox()).some((mail) => mail.to === 'lrm-new@x.test' && mail.tenantId === t.tenantId)).toBe(true);

    const again = await s.addMembers(t.tenantId, 'bi-user', { kind: 'user', emails: 'lrm-new@x.test' }, t.token);
    expect(again.body.unchanged).toEqual([{ kind: 'user', email: 'lrm-new@x.test' }]);

    const dev = await s.signIn('lrm-dev@x.test');
    expect((await s.check(t.tenantId, { permission: 'reports.view' }, dev)).body.allowed).toBe(true);
    expect((await s.check(t.tenantId, { permission: 'jobs.manage' }, dev)).body.allowed).toBe(false);
  });

  it('R2: one bad address in the list adds nobody to a legacy role and names every bad entry', async () => {
    const s = get();
    const t = await legacyTenant({ s, administrators: ['lrm-r2-ga@x.test'] });
    const refused = await s.addMembers(t.tenantId, 'bi-manager', { kind: 'user', emails: 'lrm-r2-ok@x.test; nope; also@[127.0.0.1]' }, t.token);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION');
    expect(refused.body.invalidEntries).toEqual([
      { position: 2, value: 'nope' },
      { position: 3, value: 'also@[127.0.0.1]' },
    ]);
    expect(await t.membersOf('bi-manager')).toEqual([]);
    expect(await t.legacyRolesOf('lrm-r2-ok@x.test')).toBeUndefined();
  });

  it('R21: groups and API keys cannot hold legacy roles, application roles answer CONFLICT, and legacy roles do not exist in a current tenant', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'lrm-group', name: 'Legacy group', members: [] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, roleModel: 'legacy', administrators: ['lrm-kinds-ga@x.test'] });
    const ga = await s.signIn('lrm-kinds-ga@x.test');
    const gaId = (await s.me(tenantId, ga)).principal.id as string;
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'legacy key' }, { token: ga });
    expect(key.status).toBe(201);

    const group = await s.addMembers(tenantId, 'bi-user', { kind: 'group', groupIds: ['lrm-group'] }, ga);
    expect(group.status).toBe(409);
    expect(group.body.code).toBe('CONFLICT');
    expect(group.body.detail).toMatch(/users only/);
    const apiKey = await s.addMembers(tenantId, 'group-admin', { kind: 'apiKey', apiKeyIds: [key.body.id] }, ga);
    expect(apiKey.status).toBe(409);
    expect(apiKey.body.code).toBe('CONFLICT');

    const application = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'lrm-kinds-new@x.test' }, ga);
    expect(application.status).toBe(409);
    expect(application.body.code).toBe('CONFLICT');
    const removeApplication = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${gaId}`, { token: ga });
    expect(removeApplication.body.code).toBe('CONFLICT');
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: ga });
    expect(roles.body.items.map((role: { id: string; memberCount: number }) => [role.id, role.memberCount])).toEqual([
      ['bi-user', 0],
      ['bi-manager', 0],
      ['bi-developer', 0],
      ['group-admin', 1],
    ]);

    const current = await s.tenant({ product: 'integrate', administrators: ['lrm-current-admin@x.test'] });
    const admin = await s.signIn('lrm-current-admin@x.test');
    const adminId = (await s.me(current, admin)).principal.id as string;
    expect((await s.addMembers(current, 'bi-user', { kind: 'user', emails: 'lrm-current-new@x.test' }, admin)).body.code).toBe('NOT_FOUND');
    expect((await s.http.get(`/api/v1/tenants/${current}/roles/bi-user/members`, { token: admin })).status).toBe(404);
    expect((await s.http.delete(`/api/v1/tenants/${current}/roles/group-admin/members/${adminId}`, { token: admin })).status).toBe(404);
  });

  it('R15: through the roles routes a Group Admin cannot remove another Group Admin until they are moved to a lower role', async () => {
    const s = get();
    const t = await legacyTenant({ s, administrators: ['lrm-r15-a@x.test', 'lrm-r15-b@x.test'] });
    const b = await s.signIn('lrm-r15-b@x.test');
    const bId = (await s.me(t.tenantId, b)).principal.id as string;

    const refused = await s.http.delete(`${t.roles}/group-admin/members/${bId}`, { token: t.token });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PEER_GROUP_ADMIN');
    expect((await t.membersOf('group-admin')).map((m) => m.email).sort()).toEqual(['lrm-r15-a@x.test', 'lrm-r15-b@x.test']);

    const demoted = await s.addMembers(t.tenantId, 'bi-user', { kind: 'user', emails: 'lrm-r15-b@x.test' }, t.token);
    expect(demoted.body.moved).toEqual([{ email: 'lrm-r15-b@x.test', from: 'group-admin', to: 'bi-user' }]);
    // Not a Group Admin any more: that role has no such member.
    expect((await s.http.delete(`${t.roles}/group-admin/members/${bId}`, { token: t.token })).status).toBe(404);
    const removed = await s.http.delete(`${t.roles}/bi-user/members/${bId}`, { token: t.token });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ removed: { roleId: 'bi-user', principalId: bId } });
    expect(await t.membersOf('bi-user')).toEqual([]);
    expect(await t.legacyRolesOf('lrm-r15-b@x.test')).toBeUndefined();
    expect((await s.http.get(`/api/v1/tenants/${t.tenantId}/me`, { token: b })).status).toBe(404);
  });

  it('R10, R11: the only Group Admin can neither remove nor demote themselves, so the tenant keeps its Group Admin', async () => {
    const s = get();
    const t = await legacyTenant({ s, administrators: ['lrm-solo@x.test'] });
    const soloId = (await s.me(t.tenantId, t.token)).principal.id as string;

    const removal = await s.http.delete(`${t.roles}/group-admin/members/${soloId}`, { token: t.token });
    expect(removal.status).toBe(409);
    expect(removal.body.code).toBe('CANNOT_REMOVE_SELF');
    const demotion = await s.addMembers(t.tenantId, 'bi-developer', { kind: 'user', emails: 'LRM-Solo@x.test; lrm-solo-other@x.test' }, t.token);
    expect(demotion.status).toBe(409);
    expect(demotion.body.code).toBe('CANNOT_REMOVE_SELF');

    expect((await t.membersOf('group-admin')).map((m) => m.principalId)).toEqual([soloId]);
    // The refused list changed nothing, not even for its other address.
    expect(await t.membersOf('bi-developer')).toEqual([]);
  });
});
