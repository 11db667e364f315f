import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('Assist notifications and keys', (get) => {
  it('R18: products that mail otherwise (Monitor, through communication rules) refuse project notifications and add nobody', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['r18-monitor@x.test'] });
    const admin = await s.signIn('r18-monitor@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Not notified' }, { token: admin })).body.id;
    const sent = await s.http.post(`/api/v1/tenants/${tenantId}/notifications`, { emails: ['r18-nobody@x.test'], projectId: project }, { token: admin });
    expect(sent.status).toBe(400);
    expect(sent.body.code).toBe('VALIDATION');
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/users?email=r18-nobody@x.test`, { token: admin });
    expect(users.body.items).toEqual([]);
  });

  it('R18: a notification to an address with no role makes them a consumer who can view the project', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['r18-admin@x.test'] });
    const admin = await s.signIn('r18-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Notified' }, { token: admin })).body.id;
    const sent = await s.http.post(`/api/v1/tenants/${tenantId}/notifications`, { emails: ['r18-new@x.test'], projectId: project }, { token: admin });
    expect(sent.status).toBe(201);
    const consumers = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(consumers.body.items.map((m: { email: string }) => m.email)).toEqual(['r18-new@x.test']);
    const user = await s.signIn('r18-new@x.test');
    const projects = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: user });
    expect(projects.body.items.map((p: { id: string }) => p.id)).toEqual([project]);
  });

  it('R20: every Assist key has administrator permissions', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['r20a-admin@x.test'] });
    const admin = await s.signIn('r20a-admin@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'assist key' }, { token: admin });
    expect((await s.check(tenantId, { permission: 'users.manage' }, key.body.secret)).body.allowed).toBe(true);
    const me = await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: key.body.secret });
    expect(me.body.permissions.find((p: { permission: string }) => p.permission === 'users.manage').reasons[0].source.kind).toBe('api-key-policy');
  });
});
