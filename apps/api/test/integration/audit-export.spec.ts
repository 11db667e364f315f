import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

const HEADER = ['When (UTC)', 'Who', 'What happened', 'Action', 'Target', 'Changes', 'Before', 'After', 'Event id'];

/** The export as a client downloads it: status, headers and the rows it holds. */
async function download(s: Scenario, { tenantId, query = '', token }: { tenantId: string; query?: string; token?: string }) {
  const response = await fetch(`${s.api.baseUrl}/api/v1/tenants/${tenantId}/audit-events/export${query ? `?${query}` : ''}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  // Decoded keeping a byte-order mark, which `response.text()` would drop unseen.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const rows: string[][] = response.ok ? parse(text, { bom: true, relax_column_count: false }) : [];
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), text, rows };
}

/** The same filter read through the JSON list, every page. */
async function listedIds(s: Scenario, { tenantId, query, token }: { tenantId: string; query: string; token: string }): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await s.http.get(
      `/api/v1/tenants/${tenantId}/audit-events?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      { token },
    );
    ids.push(...page.body.items.map((item) => item.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describeOnEachDatabase('Audit log: CSV export (issue 17)', (get) => {
  it('R24: the export holds every event the filters match — past any page size — newest first, in the words the portals show', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['exp-admin@x.test'] });
    const admin = await s.signIn('exp-admin@x.test');
    const emails = Array.from({ length: 620 }, (_, index) => `exp-${String(index).padStart(3, '0')}@x.test`);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join('; ') }, admin)).status).toBe(201);
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'Nightly export' }, { token: admin });
    expect(key.status).toBe(201);

    const invited = await download(s, { tenantId, query: 'action=application-role.member.invited', token: admin });
    expect(invited.status).toBe(200);
    expect(invited.type).toMatch(/^text\/csv/);
    expect(invited.disposition).toMatch(/^attachment; filename="audit-events\.csv"/);
    expect(invited.text.startsWith('\uFEFF')).toBe(true);
    expect(invited.text).toContain('\r\n');
    const [header, ...rows] = invited.rows;
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(620);
    expect(rows.map((row) => row[8])).toEqual(await listedIds(s, { tenantId, query: 'action=application-role.member.invited', token: admin }));
    expect(rows.at(-1)!.slice(1, 6)).toEqual([
      'exp-admin@x.test',
      'exp-admin@x.test invited exp-000@x.test as Consumer.',
      'application-role.member.invited',
      'user:exp-000@x.test',
      'Roles: no role → Consumer',
    ]);
    expect(JSON.parse(rows.at(-1)![7]!)).toEqual({ roles: ['consumer'] });

    const keyRows = (await download(s, { tenantId, query: 'target=nightly', token: admin })).rows.slice(1);
    expect(keyRows.map((row) => row[2])).toEqual(['exp-admin@x.test created API key “Nightly export”.']);
    expect(keyRows[0]![0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const all = (await download(s, { tenantId, token: admin })).rows.slice(1);
    expect(all).toHaveLength(620 + 3);
  }, 120_000);

  it('R24: a cell a spreadsheet would run as a formula is escaped with a quote, whoever wrote it', async () => {
    const s = get();
    const formulas = ['=1+2@x.test', '+3@x.test', '-4@x.test'];
    const tenantId = await s.tenant({ product: 'assist', administrators: ['csv-admin@x.test', ...formulas] });
    for (const email of formulas) {
      const token = await s.signIn(email);
      expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: `by-${email.slice(1)}` }, token)).status).toBe(201);
    }
    const admin = await s.signIn('csv-admin@x.test');
    const { rows } = await download(s, { tenantId, query: 'action=application-role.member.invited', token: admin });
    expect(rows.slice(1).map((row) => row[1])).toEqual(["'-4@x.test", "'+3@x.test", "'=1+2@x.test"]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('R9, R24: the export needs what reading the log needs — a user manager, or a key holding that permission', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['perm-admin@x.test'] });
    const admin = await s.signIn('perm-admin@x.test');
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'perm-consumer@x.test' }, admin)).status).toBe(201);
    const consumer = await s.signIn('perm-consumer@x.test');
    const readerKey = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'reader' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [readerKey.body.id] }, admin);
    const adminKey = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'auditor' }, { token: admin });
    await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [adminKey.body.id] }, admin);
    const other = await s.tenant({ product: 'monitor', administrators: ['perm-other@x.test'] });
    const statusOf = async (input: { tenantId: string; token?: string }) => (await download(s, input)).status;
    expect(await statusOf({ tenantId, token: admin })).toBe(200);
    // Monitor keys made today have the permissions of their roles (R20).
    expect(await statusOf({ tenantId, token: adminKey.body.secret })).toBe(200);
    expect(await statusOf({ tenantId, token: readerKey.body.secret })).toBe(403);
    expect(await statusOf({ tenantId, token: consumer })).toBe(403);
    expect(await statusOf({ tenantId })).toBe(401);
    expect(await statusOf({ tenantId: other, token: admin })).toBe(404);
    const refused = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events/export`, { token: consumer });
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
