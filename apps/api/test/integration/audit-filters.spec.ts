import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

interface AuditEvent {
  id: string;
  at: string;
  actor: { kind: string; id: string; email?: string };
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  names: Record<string, string>;
}

/** A tenant where two administrators and an API key each changed something, in a known order. */
interface AuditWorld {
  tenantId: string;
  alice: string;
  keyId: string;
  projectId: string;
  groupId: string;
}

async function buildWorld(s: Scenario, tag: string): Promise<AuditWorld> {
  const groupId = `grp-${tag}`;
  const orgId = await s.organization({ directory: { groups: [{ id: groupId, name: `Analysts ${tag}`, members: [] }] } });
  const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: [`alice-${tag}@x.test`, `bob-${tag}@x.test`] });
  const base = `/api/v1/tenants/${tenantId}`;
  const alice = await s.signIn(`alice-${tag}@x.test`);
  const bob = await s.signIn(`bob-${tag}@x.test`);
  expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: `carol-${tag}@x.test` }, alice)).status).toBe(201);
  expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: `dave-${tag}@x.test` }, bob)).status).toBe(201);
  const key = await s.http.post(`${base}/api-keys`, { description: `Nightly export ${tag}` }, { token: alice });
  expect((await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, alice)).status).toBe(201);
  expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: `erin-${tag}@x.test` }, key.body.secret)).status).toBe(201);
  expect((await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: [groupId] }, alice)).status).toBe(201);
  const project = await s.http.post(`${base}/projects`, { name: `Alpha ${tag}` }, { token: bob });
  expect(project.status).toBe(201);
  const added = await s.http.post(
    `${base}/projects/${project.body.id}/members`,
    { kind: 'user', emails: `carol-${tag}@x.test`, role: 'member' },
    { token: alice },
  );
  expect(added.status).toBe(201);
  return { tenantId, alice, keyId: key.body.id, projectId: project.body.id, groupId };
}

/** Every event of the query, page by page as a client reads them. */
async function readAll(s: Scenario, world: AuditWorld, query: Record<string, string>, limit = 2): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const page: { status: number; body: { items: AuditEvent[]; nextCursor: string | null } } = await s.http.get(
      `/api/v1/tenants/${world.tenantId}/audit-events?${params.toString()}`,
      { token: world.alice },
    );
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    events.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return events;
}

const idsOf = (events: readonly AuditEvent[]) => events.map((event) => event.id);

describeOnEachDatabase('Audit log: names and filters (issue 17)', (get) => {
  let world: AuditWorld;
  let everything: AuditEvent[];
  beforeAll(async () => {
    world = await buildWorld(get(), 'flt');
    everything = await readAll(get(), world, {}, 200);
  });

  it('R24: each event names what it refers to — a key that acted, its target, the project its snapshots name — beside the contract fields', () => {
    const byKey = everything.find((event) => event.actor.kind === 'apiKey');
    expect(byKey).toMatchObject({
      action: 'application-role.member.invited',
      target: 'user:erin-flt@x.test',
      names: { [`apiKey:${world.keyId}`]: 'Nightly export flt' },
    });
    expect(everything.find((event) => event.target === `group:${world.groupId}`)?.names).toEqual({ [`group:${world.groupId}`]: 'Analysts flt' });
    const toProject = everything.find((event) => event.action === 'project.member.added' && event.target === 'user:carol-flt@x.test');
    expect(toProject?.names).toMatchObject({ [`project:${world.projectId}`]: 'Alpha flt' });
    expect(everything.find((event) => event.action === 'project.created')?.names).toMatchObject({ [`project:${world.projectId}`]: 'Alpha flt' });
  });

  it('R24: filtering by action answers only that kind, newest first, and paging one by one under the filter misses nothing', async () => {
    const s = get();
    const invited = await readAll(s, world, { action: 'application-role.member.invited' }, 1);
    expect(invited.map((event) => event.target)).toEqual(['user:erin-flt@x.test', 'user:dave-flt@x.test', 'user:carol-flt@x.test']);
    expect(idsOf(invited)).toEqual(idsOf(everything.filter((event) => event.action === 'application-role.member.invited')));
    expect(new Set(idsOf(invited)).size).toBe(invited.length);
  });

  it('R24: filtering by actor finds a person by part of their email and an API key by its description', async () => {
    const s = get();
    const byBob = await readAll(s, world, { actor: 'BOB-FLT@' });
    // Signing in accepted bob's own invitation (R4): he is its actor too.
    expect(byBob.map((event) => event.action)).toEqual(['project.created', 'application-role.member.invited', 'invitation.accepted']);
    expect(byBob.every((event) => event.actor.email === 'bob-flt@x.test')).toBe(true);
    const byKey = await readAll(s, world, { actor: 'nightly export' });
    expect(byKey.map((event) => [event.actor.kind, event.target])).toEqual([['apiKey', 'user:erin-flt@x.test']]);
    expect(await readAll(s, world, { actor: 'nobody-at-all' })).toEqual([]);
  });

  it('R24: filtering by target finds a user by email, a key, group or project by name, and the member changes made in that project', async () => {
    const s = get();
    const aboutCarol = await readAll(s, world, { target: 'carol-flt' });
    expect(aboutCarol.map((event) => event.action)).toEqual(['project.member.added', 'application-role.member.invited']);
    const aboutKey = await readAll(s, world, { target: 'NIGHTLY' });
    expect(aboutKey.map((event) => event.action)).toEqual(['application-role.member.added', 'api-key.created']);
    expect((await readAll(s, world, { target: 'analysts flt' })).map((event) => event.target)).toEqual([`group:${world.groupId}`]);
    const inAlpha = await readAll(s, world, { target: 'Alpha flt' });
    expect(inAlpha.map((event) => [event.action, event.target])).toEqual([
      ['project.member.added', 'user:carol-flt@x.test'],
      ['project.created', `project:${world.projectId}`],
    ]);
    // LIKE's wildcards are text to look for, not patterns.
    expect(await readAll(s, world, { target: '%' })).toEqual([]);
  });

  it('R24: a date range keeps the events at or after `from` and at or before `to`; a day alone covers the whole day', async () => {
    const s = get();
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(idsOf(await readAll(s, world, { from: yesterday, to: tomorrow }, 200))).toEqual(idsOf(everything));
    expect(await readAll(s, world, { to: yesterday })).toEqual([]);
    expect(await readAll(s, world, { from: tomorrow })).toEqual([]);
    expect(idsOf(await readAll(s, world, { from: today, to: today }, 200))).toEqual(idsOf(everything));
    const middle = everything[Math.floor(everything.length / 2)]!.at;
    expect(idsOf(await readAll(s, world, { to: middle }, 200))).toEqual(idsOf(everything.filter((event) => event.at <= middle)));
    expect(idsOf(await readAll(s, world, { from: middle }, 200))).toEqual(idsOf(everything.filter((event) => event.at >= middle)));
    const offset = new Date(Date.parse(middle) + 2 * 3_600_000).toISOString().replace('Z', '+02:00').replace(/\.\d+/, '');
    expect(idsOf(await readAll(s, world, { from: offset }, 200))).toEqual(idsOf(everything.filter((event) => event.at.slice(0, 19) >= middle.slice(0, 19))));
  });

  it('R24: filters combine: all of them must hold', async () => {
    const s = get();
    const combined = await readAll(s, world, { actor: 'alice-flt', action: 'application-role.member.invited', target: 'carol' });
    expect(combined.map((event) => event.target)).toEqual(['user:carol-flt@x.test']);
    expect(await readAll(s, world, { actor: 'bob-flt', target: 'carol' })).toEqual([]);
  });

  it('Strict input: a filter that is not one is VALIDATION naming it, on the list and the export alike, and changes nothing', async () => {
    const s = get();
    const base = `/api/v1/tenants/${world.tenantId}/audit-events`;
    const cases: [string, string][] = [
      ['action=member.exploded', 'action'],
      ['actor=', 'actor'],
      ['target=%20%20', 'target'],
      ['actor=a&actor=b', 'actor'],
      ['from=yesterday', 'from'],
      ['from=2025-02-30', 'from'],
      ['to=2025-01-01T10:00:00', 'to'],
      ['from=2025-03-02&to=2025-03-01', 'to'],
      [`target=${'x'.repeat(501)}`, 'target'],
      ['actor=a%00b', 'actor'],
    ];
    for (const path of [base, `${base}/export`]) {
      for (const [query, field] of cases) {
        const answer = await s.http.get(`${path}?${query}`, { token: world.alice });
        expect({ path, query, status: answer.status, code: answer.body?.code, names: JSON.stringify(answer.body).includes(field) }).toEqual({
          path,
          query,
          status: 400,
          code: 'VALIDATION',
          names: true,
        });
      }
    }
    expect(idsOf(await readAll(s, world, {}, 200))).toEqual(idsOf(everything));
  });
});
