import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

/** Issue 17: a change says what it will do before it happens, from the planner that will do it, and writes nothing. */
describeOnEachDatabase('change previews', (get) => {
  it('R12: previewing a removal names the role and every project role that goes with it, and changes nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pv-admin@x.test'] });
    const admin = await s.signIn('pv-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'pv-bob@x.test' }, admin);
    for (const name of ['Alpha', 'Beta']) {
      const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name }, { token: admin });
      await s.http.post(
        `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
        { kind: 'user', emails: 'pv-bob@x.test', role: 'member' },
        { token: admin },
      );
    }
    const bob = await s.principalIdOf(tenantId, 'pv-bob@x.test', admin);
    const before = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=pv-bob@x.test`, { token: admin });

    const preview = await s.http.post(
      `/api/v1/tenants/${tenantId}/change-previews`,
      { change: 'remove-role-member', roleId: 'consumer', principalId: bob },
      { token: admin },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.allowed).toBe(true);
    expect(preview.body.applicationRoles.revoked).toEqual([expect.objectContaining({ email: 'pv-bob@x.test', role: 'consumer', roleLabel: 'Consumer' })]);
    expect(preview.body.projectRoles.revoked.map((change: { projectName: string }) => change.projectName).sort()).toEqual(['Alpha', 'Beta']);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/users?email=pv-bob@x.test`, { token: admin })).body).toEqual(before.body);
  });

  it('R3, R11: moving a user previews the demotion and counts the administrators left; the last one is refused before the click', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pv-a@x.test', 'pv-b@x.test'] });
    const a = await s.signIn('pv-a@x.test');
    const moving = await s.http.post(
      `/api/v1/tenants/${tenantId}/change-previews`,
      { change: 'move-user', roleId: 'consumer', email: 'pv-b@x.test' },
      { token: a },
    );
    expect(moving.body).toMatchObject({
      allowed: true,
      administrators: { before: 2, after: 1 },
      applicationRoles: { revoked: [expect.objectContaining({ role: 'administrator' })], granted: [expect.objectContaining({ role: 'consumer' })] },
    });
    const self = await s.http.post(
      `/api/v1/tenants/${tenantId}/change-previews`,
      { change: 'move-user', roleId: 'consumer', email: 'pv-a@x.test' },
      { token: a },
    );
    expect(self.body).toMatchObject({ allowed: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles/administrator/members`, { token: a });
    expect(roles.body.total).toBe(2);
  });

  it('R13: previewing a key’s deletion names the key; a preview asked by a consumer is refused in its answer; bad input is VALIDATION', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pv-k@x.test'] });
    const admin = await s.signIn('pv-k@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'Nightly export' }, { token: admin });
    const preview = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'delete-api-key', apiKeyId: key.body.id }, { token: admin });
    expect(preview.body).toMatchObject({ allowed: true, deletedApiKeys: [{ id: key.body.id, description: 'Nightly export' }] });
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'pv-c@x.test' }, admin);
    const consumer = await s.signIn('pv-c@x.test');
    const refused = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'delete-api-key', apiKeyId: key.body.id }, { token: consumer });
    expect(refused.body).toMatchObject({ allowed: false, refusal: { code: 'FORBIDDEN' } });
    const unknown = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'delete-api-key', apiKeyId: 'nope' }, { token: admin });
    expect(unknown.status).toBe(404);
    const bad = await s.http.post(`/api/v1/tenants/${tenantId}/change-previews`, { change: 'drop-tenant' }, { token: admin });
    expect(bad.status).toBe(400);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin })).body.items).toHaveLength(1);
  });

  it('Lists that scale: a role’s members filter by kind and status, sort by email, and count every match', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['pv-l@x.test'] });
    const admin = await s.signIn('pv-l@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'zed@x.test; amy@x.test; pv-l2@x.test' }, admin);
    await s.signIn('pv-l2@x.test');
    const base = `/api/v1/tenants/${tenantId}/roles/consumer/members`;
    const invited = await s.http.get(`${base}?status=User%20Invitation&sort=email&limit=1`, { token: admin });
    expect(invited.body.total).toBe(2);
    expect(invited.body.items.map((member: { email: string }) => member.email)).toEqual(['amy@x.test']);
    const next = await s.http.get(`${base}?status=User%20Invitation&sort=email&limit=1&cursor=${invited.body.nextCursor}`, { token: admin });
    expect(next.body.items.map((member: { email: string }) => member.email)).toEqual(['zed@x.test']);
    expect((await s.http.get(`${base}?kind=group`, { token: admin })).body).toMatchObject({ items: [], total: 0 });
    expect((await s.http.get(`${base}?kind=robot`, { token: admin })).status).toBe(400);
  });
});
