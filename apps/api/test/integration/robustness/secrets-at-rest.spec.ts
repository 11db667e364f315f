import { createHash } from 'node:crypto';
import { hashApiKeySecret } from '../../../src/common/crypto/secrets.js';
import { ConsoleLogger } from '@nestjs/common';
import { afterEach, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';
import { openDirectSql, type DirectSql } from './support/direct-sql.js';
import { captureProcessOutput } from './support/log-capture.js';

// Any API-key secret or session token, also ones the test never saw (e.g. of a key whose creation failed).
const SECRET_SHAPES = [/lrk_[A-Za-z0-9_-]{16,}/, /lss_[A-Za-z0-9_-]{16,}/];

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Every column of every table, as text. */
async function dumpDatabase({ sql }: { sql: DirectSql }): Promise<string> {
  const dumps: string[] = [];
  // One after another: the connection runs one query at a time.
  for (const table of await sql.tableNames()) dumps.push(`${table}\n${JSON.stringify(await sql.query(`SELECT * FROM "${table}"`))}`);
  return dumps.join('\n');
}

/** A run of everything that handles secrets; answers the secrets it saw. */
async function runWithSecrets({ s, sql }: { s: Scenario; sql: DirectSql }): Promise<string[]> {
  const admin = 'secrets-admin@x.test';
  const tenantId = await s.tenant({ product: 'assist', administrators: [admin, 'secrets-other@x.test'] });
  const base = `/api/v1/tenants/${tenantId}`;
  const sessions = [await s.signIn(admin), await s.signIn('secrets-other@x.test')];
  const [token] = sessions as [string];

  const created = await Promise.all(
    [
      { description: 'ci' },
      { description: 'office', allowedIps: ['10.1.0.0/16'] },
      { description: 'soon', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
    ].map((body) => s.http.post(`${base}/api-keys`, body, { token })),
  );
  for (const key of created) expect(key.status).toBe(201);
  const [ci, office] = created.map((key) => key.body as { id: string; secret: string });
  // Keys from the old system keep their secret, which need not look like ours.
  const imported = 'OldSystemSecret-imported-0001-abcdef';
  const importedKey = await s.http.post(
    `${base}/api-keys/import`,
    { description: 'old', createdAt: '2023-01-15T10:00:00Z', secret: imported },
    { token: s.platform },
  );
  expect(importedKey.status).toBe(201);
  const refusedImport = 'lrk_refused-import-secret-0002';
  const refused = await s.http.post(`${base}/api-keys/import`, { description: 'bad', createdAt: 'yesterday', secret: refusedImport }, { token: s.platform });
  expect(refused.status).toBe(400);

  // Use them: allowed, refused by address, and a change that fails inside the database (logged as an error).
  expect((await s.http.get(`${base}/me`, { token: ci!.secret })).status).toBe(200);
  expect((await s.http.post(`${base}/check/batch`, { checks: [{ permission: 'users.manage' }] }, { token: imported })).status).toBe(200);
  expect((await s.http.get(`${base}/me`, { token: office!.secret })).status).toBe(401);
  await sql.failInsertsOf({ table: 'users', column: 'email', value: 'secrets-doomed@x.test' });
  const failed = await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'secrets-doomed@x.test' }, ci!.secret);
  expect(failed.status).toBeGreaterThanOrEqual(500);
  await sql.removeFailure({ table: 'users' });
  await sql.failInsertsOf({ table: 'api_keys', column: 'description', value: 'doomed key' });
  expect((await s.http.post(`${base}/api-keys`, { description: 'doomed key' }, { token })).status).toBeGreaterThanOrEqual(500);
  await sql.removeFailure({ table: 'api_keys' });

  // Delete them: the secrets stop working.
  for (const id of [ci!.id, importedKey.body.id as string]) expect((await s.http.delete(`${base}/api-keys/${id}`, { token })).status).toBe(200);
  expect((await s.http.get(`${base}/me`, { token: ci!.secret })).status).toBe(401);
  expect((await s.http.get(`${base}/me`, { token: 'lrk_not-a-key-at-all-0003', headers: { cookie: `loome_session=${sessions[1]}` } })).status).toBe(401);

  return [...sessions, ...created.map((key) => key.body.secret as string), imported, refusedImport, s.platform];
}

describeOnEachDatabase('secrets at rest and in logs', (get) => {
  let sql: DirectSql | undefined;
  afterEach(async () => {
    await sql?.close();
    sql = undefined;
  });

  it('R20: no API-key secret or session token is stored in any table or written to the logs', async () => {
    const s = get();
    sql = await openDirectSql({ database: s.api.database });
    s.api.app.useLogger(new ConsoleLogger());
    const logs = captureProcessOutput();
    let secrets: string[];
    try {
      secrets = await runWithSecrets({ s, sql });
    } finally {
      logs.stop();
    }
    const dump = await dumpDatabase({ sql });
    const logText = logs.text();

    // The dump and the logs are the real ones: keys are there by hash, and the failures were logged.
    expect(dump).toContain(hashApiKeySecret({ secret: secrets[2] as string, pepper: s.api.config.apiKeyPepper }));
    // Keyed: the plain SHA-256 of a secret, which anyone can compute from a guess, is stored nowhere.
    for (const secret of secrets.slice(2)) expect(dump.includes(sha256(secret))).toBe(false);
    expect(logText).toContain('injected failure');

    for (const secret of secrets) {
      const secretPart = secret.replace(/^l(rk|ss)_/, '');
      expect(dump.includes(secretPart), `a secret (${secret.slice(0, 8)}…) is stored in the database`).toBe(false);
      expect(logText.includes(secretPart), `a secret (${secret.slice(0, 8)}…) is in the logs`).toBe(false);
    }
    for (const shape of SECRET_SHAPES) {
      expect(dump).not.toMatch(shape);
      expect(logText).not.toMatch(shape);
    }
  });

  it('R20: an imported key works with the secret its clients already use, whatever its shape', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['imported-admin@x.test'] });
    const secret = 'PlainOldMonitorSecret0123456789';
    const imported = await s.http.post(
      `/api/v1/tenants/${tenantId}/api-keys/import`,
      { description: 'old', createdAt: '2023-03-01T00:00:00Z', secret },
      { token: s.platform },
    );
    expect(imported.status).toBe(201);
    const me = await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: secret });
    expect(me.status).toBe(200);
    expect(me.body.principal.id).toBe(imported.body.id);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: 'PlainOldMonitorSecret0123456780' })).status).toBe(401);
  });
});
