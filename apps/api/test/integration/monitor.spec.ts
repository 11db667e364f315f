import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('Monitor references and keys', (get) => {
  it('R17 with R7: a user who holds a project role through a group is no Limited Member, whatever references name them', async () => {
    const s = get();
    const orgId = await s.organization({
      directory: { users: [{ email: 'r17g-user@x.test', name: 'Grace' }], groups: [{ id: 'r17g-analysts', name: 'Analysts', members: ['r17g-user@x.test'] }] },
    });
    const tenantId = await s.tenant({ product: 'monitor', orgId, administrators: ['r17g-admin@x.test'] });
    const admin = await s.signIn('r17g-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Grouped' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    expect((await s.http.post(`${base}/members`, { kind: 'group', groupIds: ['r17g-analysts'], role: 'member' }, { token: admin })).status).toBe(201);
    expect((await s.http.post(`${base}/records`, { assigneeEmail: 'r17g-user@x.test' }, { token: admin })).status).toBe(201);
    const members = await s.http.get(`${base}/members`, { token: admin });
    expect(members.body.roles.find((r: { id: string }) => r.id === 'limited-member').members.items).toEqual([]);
    const userId = await s.principalIdOf(tenantId, 'r17g-user@x.test', admin);
    const removal = await s.http.delete(`${base}/members/${userId}`, { token: admin });
    expect({ status: removal.status, code: removal.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('R17: references make a Limited Member, keep them while any exists, and nobody assigns the role by hand', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['r17-admin@x.test'] });
    const admin = await s.signIn('r17-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Quality' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    const byHand = await s.http.post(`${base}/members`, { kind: 'user', emails: 'r17-lm@x.test', role: 'limited-member' }, { token: admin });
    expect(byHand.body.code).toBe('NOT_ASSIGNABLE');

    const record = await s.http.post(`${base}/records`, { assigneeEmail: 'r17-lm@x.test' }, { token: admin });
    expect(record.status).toBe(201);
    const rule = await s.http.post(`${base}/communication-rules`, { name: 'Daily', recipients: ['r17-lm@x.test'] }, { token: admin });
    expect(rule.status).toBe(201);
    const consumers = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(consumers.body.items).toEqual([expect.objectContaining({ email: 'r17-lm@x.test', status: 'User Invitation' })]);
    expect((await s.outbox()).some((m) => m.to === 'r17-lm@x.test' && m.tenantId === tenantId)).toBe(true);
    const members = await s.http.get(`${base}/members`, { token: admin });
    const limited = members.body.roles.find((r: { id: string }) => r.id === 'limited-member').members.items;
    expect(limited.map((m: { email: string }) => m.email)).toEqual(['r17-lm@x.test']);

    const lm = await s.signIn('r17-lm@x.test');
    expect((await s.check(tenantId, { permission: 'results.view-edit', recordId: record.body.id }, lm)).body.allowed).toBe(true);

    const lmId = limited[0].principalId;
    const refused = await s.http.delete(`${base}/members/${lmId}`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LIMITED_MEMBER_REFERENCED');
    expect(refused.body.blocking.records.map((r: { id: string }) => r.id)).toEqual([record.body.id]);
    expect(refused.body.blocking.rules.map((r: { id: string }) => r.id)).toEqual([rule.body.id]);
    const consumerRemoval = await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${lmId}`, { token: admin });
    expect(consumerRemoval.body.code).toBe('LIMITED_MEMBER_REFERENCED');

    await s.http.put(`${base}/records/${record.body.id}/assignee`, { email: null }, { token: admin });
    await s.http.delete(`${base}/communication-rules/${rule.body.id}`, { token: admin });
    const after = await s.http.get(`${base}/members`, { token: admin });
    expect(after.body.roles.find((r: { id: string }) => r.id === 'limited-member').members.items).toEqual([]);
    const stillConsumer = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(stillConsumer.body.items.map((m: { email: string }) => m.email)).toEqual(['r17-lm@x.test']);
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${lmId}`, { token: admin })).status).toBe(200);
  });

  it('R19: a Monitor consumer sees and edits only results assigned or emailed to them', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['r19m-admin@x.test'] });
    const admin = await s.signIn('r19m-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Results' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    const mine = await s.http.post(`${base}/records`, { assigneeEmail: 'r19m-consumer@x.test' }, { token: admin });
    const theirs = await s.http.post(`${base}/records`, { assigneeEmail: 'r19m-admin@x.test' }, { token: admin });
    const consumer = await s.signIn('r19m-consumer@x.test');
    expect((await s.check(tenantId, { permission: 'results.view-edit', recordId: mine.body.id }, consumer)).body.allowed).toBe(true);
    expect((await s.check(tenantId, { permission: 'results.view-edit', recordId: theirs.body.id }, consumer)).body.allowed).toBe(false);
  });

  it('R20: Monitor keys from before 2023-09-26 act as administrators until given a role; later keys follow their roles', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['r20m-admin@x.test'] });
    const admin = await s.signIn('r20m-admin@x.test');
    const imported = await s.http.post(
      `/api/v1/tenants/${tenantId}/api-keys/import`,
      { description: 'old', createdAt: '2023-01-15T10:00:00Z', secret: 'lrk_legacy-secret-value-0001' },
      { token: s.platform },
    );
    expect(imported.status).toBe(201);
    const old = 'lrk_legacy-secret-value-0001';
    expect((await s.check(tenantId, { permission: 'users.manage' }, old)).body.allowed).toBe(true);
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [imported.body.id] }, admin);
    expect((await s.check(tenantId, { permission: 'users.manage' }, old)).body.allowed).toBe(false);
    const fresh = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'new' }, { token: admin });
    expect((await s.check(tenantId, { permission: 'users.manage' }, fresh.body.secret)).body.allowed).toBe(false);
  });
});
