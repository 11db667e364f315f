import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcessesOnPostgres, type ApiProcessesUnderTest } from '../harness/api-processes.js';
import { testDatabaseNames } from '../harness/databases.js';
import { entraUser, GROUP_SCHEMA, ScimClient } from '../scim/scim-client.js';

// SPEC §4 Production: a SCIM change holds for R7 on every API process as soon as the request answered.
const onPostgres = (await testDatabaseNames()).includes('postgres');

describe.skipIf(!onPostgres)('SCIM changes on two API processes of one PostgreSQL database [postgres]', () => {
  let api: ApiProcessesUnderTest | undefined;

  beforeAll(async () => {
    api = await startApiProcessesOnPostgres({ count: 2 });
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('R7/Production: a group membership PATCH and a deactivation through process 1 are seen by check on process 2 at once', async () => {
    const [one, two] = [api!.scenarioOn(0), api!.scenarioOn(1)];
    const orgId = await one.organization();
    const tenantId = await one.tenant({ product: 'integrate', orgId, administrators: ['mp-scim-admin@x.test'] });
    const admin = await one.signIn('mp-scim-admin@x.test');
    const scim = await ScimClient.forOrganization({ s: one, orgId });
    const user = await scim.request('POST', '/Users', entraUser({ userName: 'mp-ada@x.test', externalId: 'mp-ada' }));
    const group = await scim.request('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Runners' });
    expect((await one.addMembers(tenantId, 'administrator', { kind: 'group', groupIds: [group.body.id] }, admin)).status).toBe(201);
    const canOnTwo = async () => (await two.check(tenantId, { email: 'mp-ada@x.test', permission: 'jobs.run' }, admin)).body.allowed as boolean;
    // Process 2 holds the tenant before the change.
    expect(await canOnTwo()).toBe(false);

    for (let round = 0; round < 5; round++) {
      expect(
        (await scim.request('PATCH', `/Groups/${group.body.id}`, scim.patchOf({ op: 'Add', path: 'members', value: [{ value: user.body.id }] }))).status,
      ).toBe(204);
      expect(await canOnTwo()).toBe(true);
      expect(
        (await scim.request('PATCH', `/Groups/${group.body.id}`, scim.patchOf({ op: 'Remove', path: `members[value eq "${user.body.id}"]` }))).status,
      ).toBe(204);
      expect(await canOnTwo()).toBe(false);
    }
    expect(
      (await scim.request('PATCH', `/Groups/${group.body.id}`, scim.patchOf({ op: 'Add', path: 'members', value: [{ value: user.body.id }] }))).status,
    ).toBe(204);
    expect((await scim.request('PATCH', `/Users/${user.body.id}`, scim.patchOf({ op: 'Replace', path: 'active', value: 'False' }))).status).toBe(200);
    expect(await canOnTwo()).toBe(false);
    expect((await two.http.post('/api/v1/auth/dev-login', { email: 'mp-ada@x.test' })).status).toBe(403);
    expect((await scim.request('PATCH', `/Users/${user.body.id}`, scim.patchOf({ op: 'Replace', path: 'active', value: 'True' }))).status).toBe(200);
    expect(await canOnTwo()).toBe(true);
  }, 120_000);
});
