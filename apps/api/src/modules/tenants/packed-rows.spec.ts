import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, testDatabaseNames, type TestDatabase } from '../../../test/integration/harness/databases.js';
import { createDataSource } from '../../database/data-source.js';
import { readPackedRows } from './packed-rows.js';

const databases = await testDatabaseNames();

type Row = { id: string; email: string; name: string };

const byId = (rows: Row[]) => [...rows].sort((left, right) => left.id.localeCompare(right.id));

for (const name of databases) {
  describe(`readPackedRows [${name}]`, () => {
    let database: TestDatabase;
    let dataSource: DataSource;
    const insert = async (rows: Row[]) => {
      for (const row of rows) {
        await dataSource.query(
          name === 'postgres'
            ? 'INSERT INTO users (id, email, name, created_at) VALUES ($1, $2, $3, $4)'
            : 'INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)',
          [row.id, row.email, row.name, '2026-01-01T00:00:00.000Z'],
        );
      }
    };
    // `name` stands in for a few-valued field, as a grant's role does.
    const read = ({ prefix }: { prefix: string }) =>
      readPackedRows<Row>({
        manager: dataSource.manager,
        columns: { id: 'u.id', email: 'u.email', name: 'u.name' },
        shared: ['name'],
        fromWhere: 'FROM users u WHERE u.id LIKE :prefix',
        parameters: { prefix: `${prefix}%` },
      });

    beforeAll(async () => {
      database = await createTestDatabase({ name });
      dataSource = createDataSource({ databaseUrl: database.url });
      await dataSource.initialize();
      await dataSource.runMigrations();
    });
    afterAll(async () => {
      await dataSource?.destroy();
      await database?.drop();
    });

    it('reads every row with its own values, rows sharing a value included', async () => {
      const rows = Array.from({ length: 50 }, (_, index) => ({ id: `plain-${index}`, email: `plain-${index}@example.test`, name: `Team ${index % 3}` }));
      await insert(rows);
      expect(byId(await read({ prefix: 'plain-' }))).toEqual(byId(rows));
    });

    it('reads values holding the separators unchanged', async () => {
      const rows = [
        { id: 'odd-1', email: 'odd-1@example.test', name: 'Unit\u001fseparator' },
        { id: 'odd-2\u001f', email: 'odd-2@example.test', name: 'Plain' },
        { id: 'odd-3', email: 'odd-3@example.test', name: 'Record\u001eseparator' },
      ];
      await insert(rows);
      expect(byId(await read({ prefix: 'odd-' }))).toEqual(byId(rows));
    });

    it('reads no rows as an empty list', async () => {
      expect(await read({ prefix: 'none-' })).toEqual([]);
    });
  });
}
