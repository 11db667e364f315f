import { afterEach, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { openDirectSql, type DirectSql } from './support/direct-sql.js';

// More users than SQLite (32,766) binds parameters in one statement: loading such a tenant with a
// list of ids failed every request to it.
const MEMBERS = 40_000;
const ROWS_A_STATEMENT = 500;

function memberNumber(n: number): string {
  return String(n).padStart(5, '0');
}

/** Users `big-NNNNN@x.test` holding `consumer`, written straight into the tables (the API would take minutes). */
async function seedConsumers({ sql, tenantId }: { sql: DirectSql; tenantId: string }): Promise<void> {
  const at = new Date().toISOString();
  for (let start = 0; start < MEMBERS; start += ROWS_A_STATEMENT) {
    const numbers = Array.from({ length: Math.min(ROWS_A_STATEMENT, MEMBERS - start) }, (_, offset) => memberNumber(start + offset));
    const users = numbers.map((n) => `('big-u-${n}', 'big-${n}@x.test', 'Member ${n}', '${at}', '${at}')`);
    const grants = numbers.map((n) => `('${tenantId}', 'consumer', 'big-u-${n}', 'user', '${at}')`);
    await sql.query(`INSERT INTO users (id, email, name, first_signed_in_at, created_at) VALUES ${users.join(', ')}`);
    await sql.query(`INSERT INTO application_grants (tenant_id, role, principal_id, kind, granted_at) VALUES ${grants.join(', ')}`);
  }
}

describeOnEachDatabase('a tenant with tens of thousands of members', (get) => {
  let sql: DirectSql | undefined;
  afterEach(async () => {
    await sql?.close();
    sql = undefined;
  });

  it(`Paging: a tenant of ${MEMBERS.toLocaleString('en-US')} members answers its member pages, users and checks`, async () => {
    const s = get();
    sql = await openDirectSql({ database: s.api.database });
    const admin = 'big-admin@x.test';
    const tenantId = await s.tenant({ product: 'integrate', administrators: [admin] });
    await seedConsumers({ sql, tenantId });
    // Signing in drops every cached tenant, so the API reads the rows seeded behind its back.
    const token = await s.signIn(admin);
    const base = `/api/v1/tenants/${tenantId}`;

    const roles = await s.http.get(`${base}/roles`, { token });
    expect(roles.status).toBe(200);
    expect(roles.body.items.find((role: { id: string }) => role.id === 'consumer').memberCount).toBe(MEMBERS);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const answer: { status: number; body: { items: { email: string }[]; nextCursor: string | null } } = await s.http.get(
        `${base}/roles/consumer/members?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token },
      );
      expect(answer.status).toBe(200);
      seen.push(...answer.body.items.map((member) => member.email));
      cursor = answer.body.nextCursor;
    }
    expect(seen).toEqual(Array.from({ length: 600 }, (_, n) => `big-${memberNumber(n)}@x.test`));

    const last = `big-${memberNumber(MEMBERS - 1)}@x.test`;
    const users = await s.http.get(`${base}/users?email=${encodeURIComponent(last)}`, { token });
    expect(users.body.items.map((user: { email: string; roles: { role: string }[] }) => [user.email, user.roles.map((r) => r.role)])).toEqual([
      [last, ['consumer']],
    ]);

    const checks = await s.http.post(
      `${base}/check/batch`,
      {
        checks: [
          { email: last, permission: 'jobs.view' },
          { email: last, permission: 'jobs.run' },
        ],
      },
      { token },
    );
    expect(checks.body.results.map((result: { allowed: boolean }) => result.allowed)).toEqual([true, false]);
  });
});
