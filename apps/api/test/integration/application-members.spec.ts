import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('application-role members', (get) => {
  it('R1: members of an application role are users, groups and API keys', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r1', name: 'R1 group', members: [] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r1-admin@x.test'] });
    const admin = await s.signIn('r1-admin@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'r1 key' }, { token: admin });
    expect(key.status).toBe(201);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r1-user@x.test' }, admin)).status).toBe(201);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: ['grp-r1'] }, admin)).status).toBe(201);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin)).status).toBe(201);
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(members.body.items.map((m: { kind: string }) => m.kind).sort()).toEqual(['apiKey', 'group', 'user']);
    const unknownKind = await s.addMembers(tenantId, 'consumer', { kind: 'robot', ids: ['x'] }, admin);
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.code).toBe('VALIDATION');
  });

  it('R2: a semicolon list is trimmed, de-duplicated and case-folded; one bad entry adds nothing and is reported by position', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r2-admin@x.test'] });
    const admin = await s.signIn('r2-admin@x.test');
    const bad = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'ok@x.test; not-an-email ;; also bad; fine@x.test' }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION');
    expect(bad.body.invalidEntries).toEqual([
      { position: 2, value: 'not-an-email' },
      { position: 3, value: 'also bad' },
    ]);
    const afterBad = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(afterBad.body.items).toEqual([]);
    const empty = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: ' ; ;' }, admin);
    expect(empty.body.code).toBe('VALIDATION');
    const good = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: ' A@x.test ; a@X.test;;b@x.test; ' }, admin);
    expect(good.status).toBe(201);
    const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(members.body.items.map((m: { email: string }) => m.email)).toEqual(['a@x.test', 'b@x.test']);
  });

  it('R3: a new user is invited by mail with a portal link; a user already in the tenant moves to the new role', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r3-admin@x.test'] });
    const admin = await s.signIn('r3-admin@x.test');
    const added = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r3-new@x.test' }, admin);
    expect(added.body.invited).toEqual(['r3-new@x.test']);
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(listed.body.items[0]).toMatchObject({ email: 'r3-new@x.test', kind: 'user', status: 'User Invitation' });
    const mail = (await s.outbox()).find((m) => m.to === 'r3-new@x.test' && m.tenantId === tenantId);
    expect(mail?.text).toMatch(new RegExp(`http://localhost:3001/t/${tenantId}(\\s|$)`));
    const moved = await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'R3-new@x.test' }, admin);
    expect(moved.body.moved).toEqual([{ email: 'r3-new@x.test', from: 'consumer', to: 'project-creator' }]);
    const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token: admin });
    const byRole = Object.fromEntries(
      roles.body.items.map((r: { id: string; members: { items: { email: string }[] } }) => [r.id, r.members.items.map((m) => m.email)]),
    );
    expect(byRole.consumer).toEqual([]);
    expect(byRole['project-creator']).toEqual(['r3-new@x.test']);
  });

  it('R4: the first sign-in accepts every pending invitation, in every tenant', async () => {
    const s = get();
    const first = await s.tenant({ product: 'integrate', administrators: ['r4-admin@x.test'] });
    const second = await s.tenant({ product: 'assist', administrators: ['r4-admin@x.test'] });
    const admin = await s.signIn('r4-admin@x.test');
    await s.addMembers(first, 'consumer', { kind: 'user', emails: 'r4-user@x.test' }, admin);
    await s.addMembers(second, 'consumer', { kind: 'user', emails: 'r4-user@x.test' }, admin);
    const statusIn = async (tenantId: string) =>
      (await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin })).body.items[0].status;
    expect(await statusIn(first)).toBe('User Invitation');
    await s.signIn('R4-User@x.test');
    expect(await statusIn(first)).toBe('User');
    expect(await statusIn(second)).toBe('User');
  });
});
