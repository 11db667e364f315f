import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { hashApiKeySecret } from '../../src/common/crypto/secrets.js';
import { apiKeyPepperOf } from '../../src/config/app-config.js';
import { testDatabaseNames } from './harness/databases.js';
import { useMigratedDatabase } from './harness/migrated-database.js';

const databases = await testDatabaseNames();

async function lastMigrationName(dataSource: DataSource): Promise<string> {
  const rows: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1');
  return rows[0]?.name ?? '';
}

for (const name of databases) {
  describe(`API key hashes are keyed [${name}]`, () => {
    const get = useMigratedDatabase({ name });

    it('R20: a key stored as plain SHA-256 before the keyed hashes is re-keyed by the migration and keeps its secret', async () => {
      const dataSource = get();
      // Back to just before the keyed hashes, whatever migrations came after them.
      while (!(await lastMigrationName(dataSource)).startsWith('KeyedApiKeyHashes')) await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
      const secret = 'OldSystemSecret-weak-0001';
      const postgres = dataSource.options.type === 'postgres';
      const values = postgres ? '($1, $2, $3, $4, $5, $6)' : '(?, ?, ?, ?, ?, ?)';
      await dataSource.query(`INSERT INTO "api_keys" ("id", "tenant_id", "description", "secret_hash", "created_at", "allowed_ips") VALUES ${values}`, [
        'old-key',
        'some-tenant',
        'old',
        createHash('sha256').update(secret).digest('hex'),
        '2023-01-15T10:00:00.000Z',
        '[]',
      ]);
      await dataSource.runMigrations();
      const rows: { secret_hash: string }[] = await dataSource.query(`SELECT "secret_hash" FROM "api_keys" WHERE "id" = ${postgres ? '$1' : '?'}`, ['old-key']);
      // What a bearer of the old secret is looked up by once the API runs with the same pepper.
      expect(rows[0]?.secret_hash).toBe(hashApiKeySecret({ secret, pepper: apiKeyPepperOf({ env: process.env }) }));
    });
  });
}
