import { afterEach, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';
import { openDirectSql, type DirectSql } from './support/direct-sql.js';

const BATCH = 100;

/** Where the failure strikes: a row the change writes halfway, or the mail it queues last. */
const SEAMS = [
  { name: 'creating the 50th user of 100', table: 'users', column: 'email', failingIndex: 49 },
  { name: 'queueing the last invitation mail', table: 'outbox_mail', column: 'to_address', failingIndex: BATCH - 1 },
] as const;

/** What a user of the API can observe of a tenant, and the rows the batch could have left. */
async function observe({ s, sql, tenantId, token, emails }: { s: Scenario; sql: DirectSql; tenantId: string; token: string; emails: string[] }) {
  const roles = await s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token });
  const users = await s.http.get(`/api/v1/tenants/${tenantId}/users?limit=200`, { token });
  const audit = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=200`, { token });
  const inList = emails.map((email) => `'${email}'`).join(', ');
  return {
    memberCounts: Object.fromEntries(roles.body.items.map((role: { id: string; memberCount: number }) => [role.id, role.memberCount])),
    users: users.body.items.map((user: { email: string }) => user.email).sort(),
    auditEvents: audit.body.items.length as number,
    outbox: (await s.outbox()).length,
    userRows: Number((await sql.query(`SELECT COUNT(*) AS n FROM users WHERE email IN (${inList})`))[0]?.n),
    grantRows: Number((await sql.query(`SELECT COUNT(*) AS n FROM application_grants WHERE tenant_id = '${tenantId}'`))[0]?.n),
  };
}

describeOnEachDatabase('a failure in the middle of a change', (get) => {
  let sql: DirectSql | undefined;
  afterEach(async () => {
    await sql?.close();
    sql = undefined;
  });

  for (const seam of SEAMS) {
    it(`R3: a failure while ${seam.name} leaves no partial state and sends no mail`, async () => {
      const s = get();
      sql = await openDirectSql({ database: s.api.database });
      const admin = `failure-${seam.table}-admin@x.test`;
      const tenantId = await s.tenant({ product: 'integrate', administrators: [admin] });
      const token = await s.signIn(admin);
      const emails = Array.from({ length: BATCH }, (_, index) => `failure-${seam.table}-${index}@x.test`);
      const failing = emails[seam.failingIndex] as string;
      const before = await observe({ s, sql, tenantId, token, emails });

      await sql.failInsertsOf({ table: seam.table, column: seam.column, value: failing });
      const failed = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join('; ') }, token);
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(await observe({ s, sql, tenantId, token, emails })).toEqual(before);

      // The same request succeeds once the failure is gone: the seam was the only thing in the way.
      await sql.removeFailure({ table: seam.table });
      const retried = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join('; ') }, token);
      expect(retried.status).toBeLessThan(300);
      const after = await observe({ s, sql, tenantId, token, emails });
      expect(after.memberCounts.consumer).toBe(BATCH);
      expect(after.userRows).toBe(BATCH);
      expect(after.outbox).toBe(before.outbox + BATCH);
    });
  }
});

describeOnEachDatabase('a failed change seen by requests that read while it ran', (get) => {
  const TRIALS = 10;
  const LARGE_BATCH = 500;

  it('R3: nothing of a failed change is served afterwards, not even from a cache filled while it ran', async () => {
    const s = get();
    const sql = await openDirectSql({ database: s.api.database });
    try {
      const admin = 'failure-reads-admin@x.test';
      const tenantId = await s.tenant({ product: 'integrate', administrators: [admin] });
      const token = await s.signIn(admin);
      const emails = Array.from({ length: LARGE_BATCH }, (_, index) => `failure-reads-${index}@x.test`);
      // The change fails at its very end, after every grant of it was written.
      await sql.failInsertsOf({ table: 'outbox_mail', column: 'to_address', value: emails[LARGE_BATCH - 1] as string });
      for (let trial = 0; trial < TRIALS; trial += 1) {
        // A change empties the tenant's cache, so the read below loads it; each trial starts it a little later.
        await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: `failure-reads-warm-${trial}@x.test` }, token);
        const change = s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join('; ') }, token);
        await new Promise((resolve) => setTimeout(resolve, trial * 3));
        const read = s.http.get(`/api/v1/tenants/${tenantId}/roles`, { token });
        expect((await change).status).toBeGreaterThanOrEqual(500);
        await read;
        const consumers = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members?limit=200`, { token });
        expect(consumers.body.items.length, `trial ${trial}: consumers after the failed change`).toBe(0);
        const check = await s.check(tenantId, { email: emails[0], permission: 'jobs.view' }, token);
        expect(check.body.allowed, `trial ${trial}`).toBe(false);
      }
    } finally {
      await sql.close();
    }
  });
});
