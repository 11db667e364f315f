import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcessesOnPostgres, type ApiProcessesUnderTest } from '../harness/api-processes.js';
import { testDatabaseNames } from '../harness/databases.js';
import type { Scenario } from '../harness/scenario.js';
import { answerTo, sendFor, type Probe } from './sustained-requests.js';

// SPEC §4 Production: with PostgreSQL, once a change has answered on one process, every process
// answers every request that starts afterwards as after the change. Unreachable PostgreSQL fails
// the file under CI (testDatabaseNames throws) and skips it elsewhere.
const onPostgres = (await testDatabaseNames()).includes('postgres');

const SECONDS = 3;

describe.skipIf(!onPostgres)('three API processes on one PostgreSQL database [postgres]', () => {
  let api: ApiProcessesUnderTest | undefined;

  beforeAll(async () => {
    api = await startApiProcessesOnPostgres({ count: 3 });
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  function processes(): ApiProcessesUnderTest {
    if (!api) throw new Error('The API processes have not started');
    return api;
  }
  /** Every change is made through process 1 (and every sign-in: a sign-in refreshes the process it reaches). */
  function first(): Scenario {
    return processes().scenarioOn(0);
  }
  /**
   * Each case has its own tenant, made whole on process 1 before the others first read it: a
   * process that read it earlier may hold it as it was then, which is what each case looks for
   * after its own change only.
   */
  async function newTenant({ name, product = 'integrate', orgId }: { name: string; product?: string; orgId?: string }) {
    const adminEmail = `mp-${name}-admin@x.test`;
    const tenantId = await first().tenant({ product, orgId, administrators: [adminEmail] });
    const admin = await first().signIn(adminEmail);
    const path = (rest: string) => `/api/v1/tenants/${tenantId}${rest}`;
    const me = (token: string, expected: string): Probe => ({ name: 'GET /me', method: 'GET', path: path('/me'), token, expected });
    const check = (token: string, permission: string, expected: string): Probe => ({
      name: `check ${permission}`,
      method: 'POST',
      path: path('/check'),
      token,
      body: { permission },
      expected,
    });
    async function keyWithRoles({ description, roles }: { description: string; roles: string[] }) {
      const created = await first().http.post(path('/api-keys'), { description }, { token: admin });
      expect(created.status).toBe(201);
      for (const role of roles) expect((await first().addMembers(tenantId, role, { kind: 'apiKey', apiKeyIds: [created.body.id] }, admin)).status).toBe(201);
      return { id: created.body.id as string, secret: created.body.secret as string };
    }
    return { tenantId, admin, path, me, check, keyWithRoles };
  }

  /** Each probe answers its `expected` on process `index` right now; a first request also loads the tenant there. */
  async function expectNowOn(indexes: number[], probes: Probe[]) {
    for (const index of indexes) {
      for (const probe of probes) {
        expect(await answerTo({ baseUrl: processes().urls[index]!, probe }), `api ${index + 1}: ${probe.name} before the change`).toBe(probe.expected);
      }
    }
  }

  /** For SECONDS, processes `indexes` answer every probe as it expects; the message tells how they answered. */
  async function expectEveryAnswerOn(indexes: number[], probes: Probe[], { after }: { after: string }) {
    const tally = await sendFor({
      urls: indexes.map((index) => processes().urls[index]!),
      names: indexes.map((index) => `api ${index + 1}`),
      probes,
      durationMs: SECONDS * 1000,
    });
    const wanted = probes.map((probe) => `${probe.name} → ${probe.expected}`).join(', ');
    const message = `${tally.unexpected} of ${tally.total} requests in the ${SECONDS} s after ${after} were not answered ${wanted}: ${JSON.stringify(tally.answers, null, 1)}`;
    expect(tally.total, message).toBeGreaterThan(0);
    expect(tally.unexpected, message).toBe(0);
  }

  const OTHERS = [1, 2];

  it('R20 (control): with no change, an API key works on every process, every time', async () => {
    const t = await newTenant({ name: 'control' });
    const key = await t.keyWithRoles({ description: 'control', roles: ['project-creator'] });
    await expectEveryAnswerOn([0, 1, 2], [t.me(key.secret, '200'), t.check(key.secret, 'jobs.run', '200 allowed:true')], { after: 'nothing changed' });
  });

  it('R13: a key deleted on one process answers 401 on the others at once', async () => {
    const t = await newTenant({ name: 'deleted-key' });
    const key = await t.keyWithRoles({ description: 'deleted', roles: ['project-creator'] });
    await expectNowOn(OTHERS, [t.me(key.secret, '200'), t.check(key.secret, 'jobs.run', '200 allowed:true')]);
    expect((await first().http.delete(t.path(`/api-keys/${key.id}`), { token: t.admin })).status).toBe(200);
    await expectEveryAnswerOn(OTHERS, [t.me(key.secret, '401 UNAUTHENTICATED'), t.check(key.secret, 'jobs.run', '401 UNAUTHENTICATED')], {
      after: 'the key was deleted on api 1',
    });
  });

  it('R13: a key removed from its last role on one process answers 401 on the others at once', async () => {
    const t = await newTenant({ name: 'last-role' });
    const key = await t.keyWithRoles({ description: 'last role', roles: ['consumer'] });
    await expectNowOn(OTHERS, [t.me(key.secret, '200'), t.check(key.secret, 'jobs.view', '200 allowed:true')]);
    expect((await first().http.delete(t.path(`/roles/consumer/members/${key.id}`), { token: t.admin })).status).toBe(200);
    await expectEveryAnswerOn(OTHERS, [t.me(key.secret, '401 UNAUTHENTICATED'), t.check(key.secret, 'jobs.view', '401 UNAUTHENTICATED')], {
      after: "the key's last role was removed on api 1",
    });
  });

  it('R12, R13: a user removed from their role on one process is no member on the others at once', async () => {
    const t = await newTenant({ name: 'removed-user' });
    const email = 'mp-removed@x.test';
    expect((await first().addMembers(t.tenantId, 'consumer', { kind: 'user', emails: email }, t.admin)).status).toBe(201);
    const user = await first().signIn(email);
    const userId = (await first().me(t.tenantId, user)).principal.id;
    await expectNowOn(OTHERS, [t.me(user, '200'), t.check(user, 'jobs.view', '200 allowed:true')]);
    expect((await first().http.delete(t.path(`/roles/consumer/members/${userId}`), { token: t.admin })).status).toBe(200);
    await expectEveryAnswerOn(OTHERS, [t.me(user, '404 NOT_FOUND'), t.check(user, 'jobs.view', '404 NOT_FOUND')], { after: 'the user was removed on api 1' });
  });

  it('R11, R13: an administrator demoted on one process can change neither settings nor members on the others at once', async () => {
    const t = await newTenant({ name: 'demoted', product: 'monitor' });
    const email = 'mp-demoted@x.test';
    expect((await first().addMembers(t.tenantId, 'administrator', { kind: 'user', emails: email }, t.admin)).status).toBe(201);
    const demoted = await first().signIn(email);
    const settings = (expected: string): Probe => ({
      name: 'PATCH /settings',
      method: 'PATCH',
      path: t.path('/settings'),
      token: demoted,
      body: { projectCreation: 'administrators' },
      expected,
    });
    const addMember = (expected: string): Probe => ({
      name: 'POST /roles/consumer/members',
      method: 'POST',
      path: t.path('/roles/consumer/members'),
      token: demoted,
      body: { kind: 'user', emails: 'mp-added@x.test' },
      expected,
    });
    // The writes may refresh the process they reach; the read after them loads the tenant there again.
    await expectNowOn(OTHERS, [settings('200'), addMember('201'), t.check(demoted, 'users.manage', '200 allowed:true')]);
    const moved = await first().addMembers(t.tenantId, 'consumer', { kind: 'user', emails: email }, t.admin);
    expect(moved.body.moved).toEqual([{ email, from: 'administrator', to: 'consumer' }]);
    await expectEveryAnswerOn(OTHERS, [settings('403 FORBIDDEN'), addMember('403 FORBIDDEN')], { after: 'the administrator was made a consumer on api 1' });
  });

  it("R7: a user the directory takes out of the administrators' group loses tenant.manage on the others at once", async () => {
    const users = [
      { email: 'mp-r7-user@x.test', name: 'Leaving' },
      { email: 'mp-r7-stays@x.test', name: 'Staying' },
    ];
    const group = (members: string[]) => ({ id: 'mp-r7-admins', name: 'Administrators', members });
    const orgId = await first().organization({ directory: { users, groups: [group(['mp-r7-user@x.test', 'mp-r7-stays@x.test'])] } });
    const t = await newTenant({ name: 'r7', orgId });
    expect((await first().addMembers(t.tenantId, 'administrator', { kind: 'group', groupIds: ['mp-r7-admins'] }, t.admin)).status).toBe(201);
    // A direct consumer role keeps them a member, so what changes is the group's permission alone.
    expect((await first().addMembers(t.tenantId, 'consumer', { kind: 'user', emails: 'mp-r7-user@x.test' }, t.admin)).status).toBe(201);
    const user = await first().signIn('mp-r7-user@x.test');
    const listUsers = (expected: string): Probe => ({ name: 'GET /users', method: 'GET', path: t.path('/users'), token: user, expected });
    await expectNowOn(OTHERS, [t.check(user, 'tenant.manage', '200 allowed:true'), listUsers('200')]);
    await first().setDirectory({ orgId, directory: { users, groups: [group(['mp-r7-stays@x.test'])] } });
    await expectEveryAnswerOn(OTHERS, [t.check(user, 'tenant.manage', '200 allowed:false'), listUsers('403 FORBIDDEN')], {
      after: 'the directory took the user out of the group on api 1',
    });
  });

  it('R20: a key created on one process works on the others at once', async () => {
    const t = await newTenant({ name: 'new-key' });
    // The others hold the tenant already, so a stale copy of it would not know the key.
    await expectNowOn(OTHERS, [t.me(t.admin, '200')]);
    const key = await t.keyWithRoles({ description: 'new', roles: ['project-creator'] });
    await expectEveryAnswerOn(OTHERS, [t.me(key.secret, '200'), t.check(key.secret, 'jobs.run', '200 allowed:true')], {
      after: 'the key was created on api 1',
    });
  });

  it('R3: a role given on one process holds on the others at once', async () => {
    const t = await newTenant({ name: 'promoted' });
    const email = 'mp-promoted@x.test';
    expect((await first().addMembers(t.tenantId, 'consumer', { kind: 'user', emails: email }, t.admin)).status).toBe(201);
    const user = await first().signIn(email);
    await expectNowOn(OTHERS, [t.check(user, 'jobs.run', '200 allowed:false')]);
    const moved = await first().addMembers(t.tenantId, 'project-creator', { kind: 'user', emails: email }, t.admin);
    expect(moved.body.moved).toEqual([{ email, from: 'consumer', to: 'project-creator' }]);
    await expectEveryAnswerOn(OTHERS, [t.check(user, 'jobs.run', '200 allowed:true')], { after: 'the user was given project-creator on api 1' });
  });

  it('R13, R20: a restarted process serves current state at once: a key deleted before is refused, a key created before works', async () => {
    const t = await newTenant({ name: 'restart' });
    const deleted = await t.keyWithRoles({ description: 'deleted before the restart', roles: ['consumer'] });
    await expectNowOn([2], [t.me(deleted.secret, '200')]);
    expect((await first().http.delete(t.path(`/api-keys/${deleted.id}`), { token: t.admin })).status).toBe(200);
    const created = await t.keyWithRoles({ description: 'created before the restart', roles: ['consumer'] });
    await processes().restart(2);
    await expectEveryAnswerOn([2], [t.me(deleted.secret, '401 UNAUTHENTICATED'), t.me(created.secret, '200')], { after: 'api 3 restarted' });
  });
});
