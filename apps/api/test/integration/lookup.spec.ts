import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('directory lookup', (get) => {
  const directory = {
    users: [
      { email: 'ann@x.test', name: 'Ann Lee' },
      { email: 'guest@y.test', name: 'Guest User', guest: true },
    ],
    groups: [{ id: 'grp-lookup', name: 'Data Team', email: 'data@x.test', members: ['ann@x.test', 'bob@x.test'] }],
  };

  it('R5: where lookup is on, administrators search users and groups; where off, or for guests, searching is refused', async () => {
    const s = get();
    const on = await s.organization({ directory });
    const tenantId = await s.tenant({ product: 'integrate', orgId: on, administrators: ['admin@x.test', 'guest@y.test'] });
    const admin = await s.signIn('admin@x.test');
    const users = await s.http.get(`/api/v1/tenants/${tenantId}/directory/users?q=ann`, { token: admin });
    expect(users.body.items).toEqual([{ email: 'ann@x.test', name: 'Ann Lee', guest: false }]);
    const groups = await s.http.get(`/api/v1/tenants/${tenantId}/directory/groups?q=data`, { token: admin });
    expect(groups.body.items[0]).toMatchObject({ id: 'grp-lookup', name: 'Data Team' });
    const guest = await s.signIn('guest@y.test');
    const asGuest = await s.http.get(`/api/v1/tenants/${tenantId}/directory/users?q=ann`, { token: guest });
    expect(asGuest.body.code).toBe('LOOKUP_DISABLED');
    const off = await s.organization({ lookup: { users: false, groups: true }, directory });
    const offTenant = await s.tenant({ product: 'integrate', orgId: off, administrators: ['admin@x.test'] });
    const refused = await s.http.get(`/api/v1/tenants/${offTenant}/directory/users?q=ann`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LOOKUP_DISABLED');
    const manual = await s.addMembers(offTenant, 'consumer', { kind: 'user', emails: 'ann@x.test' }, admin);
    expect(manual.status).toBe(201);
  });

  it("R6: a group's members and email can be listed from the add screen", async () => {
    const s = get();
    const orgId = await s.organization({ directory });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['admin@x.test'] });
    const admin = await s.signIn('admin@x.test');
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/directory/groups/grp-lookup/members`, { token: admin });
    expect(members.body.group).toEqual({ id: 'grp-lookup', name: 'Data Team', email: 'data@x.test' });
    expect(members.body.members).toEqual([
      { email: 'ann@x.test', name: 'Ann Lee' },
      { email: 'bob@x.test', name: 'bob@x.test' },
    ]);
  });
});
