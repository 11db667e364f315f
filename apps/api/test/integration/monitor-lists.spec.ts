import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

interface ListedRecord {
  id: string;
  projectId: string;
  assignee: { principalId: string; email: string; name: string } | null;
  ruleId: string | null;
}

/** A Monitor tenant with one project, as its administrator made it. */
async function monitorProject({ s, prefix }: { s: Scenario; prefix: string }) {
  const adminEmail = `${prefix}-admin@x.test`;
  const tenantId = await s.tenant({ product: 'monitor', administrators: [adminEmail] });
  const admin = await s.signIn(adminEmail);
  const projectId = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Results' }, { token: admin })).body.id as string;
  const base = `/api/v1/tenants/${tenantId}/projects/${projectId}`;
  const createRecord = async (assigneeEmail: string | null) => (await s.http.post(`${base}/records`, { assigneeEmail }, { token: admin })).body.id as string;
  return { tenantId, projectId, admin, base, createRecord };
}

/** Every page of a list, following `nextCursor`. */
async function everyPage<T>({ s, url, token, limit }: { s: Scenario; url: string; token: string; limit: number }) {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    const page = await s.http.get(`${url}?${query.toString()}`, { token });
    expect(page.status).toBe(200);
    pages.push(page.body.items as T[]);
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return pages;
}

async function trpcQuery({ s, procedure, input, token }: { s: Scenario; procedure: string; input: unknown; token: string }) {
  return s.http.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { token });
}

describeOnEachDatabase('Monitor records and communication rules lists', (get) => {
  it('R17: the writers of a project list every record with its assignee and every rule with its recipients, page by page', async () => {
    const s = get();
    const { tenantId, projectId, admin, base, createRecord } = await monitorProject({ s, prefix: 'mlw' });
    const recordIds = [await createRecord('mlw-one@x.test'), await createRecord(null), await createRecord('mlw-two@x.test')];
    await s.http.post(`${base}/communication-rules`, { name: 'Weekly', recipients: ['mlw-one@x.test', 'mlw-two@x.test'] }, { token: admin });
    await s.http.post(`${base}/communication-rules`, { name: 'Daily', recipients: ['mlw-two@x.test'] }, { token: admin });
    // A contributor writes through `project.rules.manage` on the project, not through a tenant permission.
    await s.http.post(`${base}/members`, { kind: 'user', emails: 'mlw-contributor@x.test', role: 'contributor' }, { token: admin });
    const contributor = await s.signIn('mlw-contributor@x.test');

    for (const token of [admin, contributor]) {
      const pages = await everyPage<ListedRecord>({ s, url: `${base}/records`, token, limit: 2 });
      expect(pages.map((page) => page.length)).toEqual([2, 1]);
      const records = pages.flat();
      expect(records.map((record) => record.id).sort()).toEqual([...recordIds].sort());
      const byId = new Map(records.map((record) => [record.id, record]));
      expect(byId.get(recordIds[0]!)).toEqual({ id: recordIds[0], projectId, assignee: expect.objectContaining({ email: 'mlw-one@x.test' }), ruleId: null });
      expect(byId.get(recordIds[1]!)?.assignee).toBeNull();
      expect(byId.get(recordIds[2]!)?.assignee?.principalId).toBe(await s.principalIdOf(tenantId, 'mlw-two@x.test', admin));

      const rules = await s.http.get(`${base}/communication-rules`, { token });
      expect(rules.body.nextCursor).toBeNull();
      expect(rules.body.items.map((rule: { name: string; recipients: { email: string }[] }) => [rule.name, rule.recipients.map((r) => r.email)])).toEqual([
        ['Daily', ['mlw-two@x.test']],
        ['Weekly', ['mlw-one@x.test', 'mlw-two@x.test']],
      ]);
    }

    const viaTrpc = await trpcQuery({ s, procedure: 'records.list', input: { tenantId, projectId, limit: 50 }, token: admin });
    expect(viaTrpc.body.result.data.items.map((record: ListedRecord) => record.id).sort()).toEqual([...recordIds].sort());
    const rulesViaTrpc = await trpcQuery({ s, procedure: 'communicationRules.list', input: { tenantId, projectId }, token: admin });
    expect(rulesViaTrpc.body.result.data.items.map((rule: { name: string }) => rule.name)).toEqual(['Daily', 'Weekly']);
  });

  it('R17: a deleted rule and a reassigned record show as they are now', async () => {
    const s = get();
    const { admin, base, createRecord } = await monitorProject({ s, prefix: 'mln' });
    const recordId = await createRecord('mln-first@x.test');
    const rule = await s.http.post(`${base}/communication-rules`, { name: 'Gone', recipients: ['mln-first@x.test'] }, { token: admin });
    await s.http.put(`${base}/records/${recordId}/assignee`, { email: 'mln-second@x.test' }, { token: admin });
    await s.http.delete(`${base}/communication-rules/${rule.body.id}`, { token: admin });
    const records = await s.http.get(`${base}/records`, { token: admin });
    expect(records.body.items.map((record: ListedRecord) => record.assignee?.email)).toEqual(['mln-second@x.test']);
    expect((await s.http.get(`${base}/communication-rules`, { token: admin })).body.items).toEqual([]);
  });

  it('R19: a consumer and Limited Member lists only the records assigned to them, exactly those check lets them view, and no rules', async () => {
    const s = get();
    const { tenantId, projectId, admin, base, createRecord } = await monitorProject({ s, prefix: 'mlc' });
    const mine = [await createRecord('mlc-consumer@x.test'), await createRecord('mlc-consumer@x.test')];
    const others = [await createRecord('mlc-other@x.test'), await createRecord(null)];
    await s.http.post(`${base}/communication-rules`, { name: 'Only others', recipients: ['mlc-other@x.test'] }, { token: admin });
    const consumer = await s.signIn('mlc-consumer@x.test');

    const pages = await everyPage<ListedRecord>({ s, url: `${base}/records`, token: consumer, limit: 1 });
    const listed = pages.flat().map((record) => record.id);
    expect(listed.sort()).toEqual([...mine].sort());
    for (const recordId of [...mine, ...others]) {
      const check = await s.check(tenantId, { permission: 'results.view-edit', recordId }, consumer);
      expect(check.body.allowed).toBe(listed.includes(recordId));
    }
    expect((await s.http.get(`${base}/communication-rules`, { token: consumer })).body).toEqual({ items: [], nextCursor: null });
    const viaTrpc = await trpcQuery({ s, procedure: 'records.list', input: { tenantId, projectId }, token: consumer });
    expect(viaTrpc.body.result.data.items.map((record: ListedRecord) => record.id).sort()).toEqual([...mine].sort());
  });

  it('R19: a consumer with nothing in a project is told it does not exist, as is anyone asking about another tenant’s project', async () => {
    const s = get();
    const { tenantId, admin, base, createRecord } = await monitorProject({ s, prefix: 'mlx' });
    await createRecord('mlx-assigned@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'mlx-idle@x.test' }, admin);
    const idle = await s.signIn('mlx-idle@x.test');
    for (const path of ['records', 'communication-rules']) {
      const answer = await s.http.get(`${base}/${path}`, { token: idle });
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }

    const elsewhere = await monitorProject({ s, prefix: 'mly' });
    const crossed = await s.http.get(`/api/v1/tenants/${elsewhere.tenantId}/projects/${base.split('/').at(-1)}/records`, { token: elsewhere.admin });
    expect(crossed.body.code).toBe('NOT_FOUND');
    const missing = await s.http.get(`/api/v1/tenants/${tenantId}/projects/no-such-project/communication-rules`, { token: admin });
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('R17: a product without Limited Members has no records or rules to list (VALIDATION), and bad paging is refused', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['mlv-admin@x.test'] });
    const admin = await s.signIn('mlv-admin@x.test');
    const projectId = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Jobs' }, { token: admin })).body.id;
    for (const path of ['records', 'communication-rules']) {
      const answer = await s.http.get(`/api/v1/tenants/${tenantId}/projects/${projectId}/${path}`, { token: admin });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION');
    }

    const monitor = await monitorProject({ s, prefix: 'mlp' });
    for (const query of ['cursor=not-a-cursor', 'limit=0', 'limit=201', 'sort=name']) {
      const answer = await s.http.get(`${monitor.base}/records?${query}`, { token: monitor.admin });
      expect(answer.body.code, query).toBe('VALIDATION');
    }
  });
});
