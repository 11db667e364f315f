import { describe, expect, it } from 'vitest';
import { testDatabaseNames } from '../../../test/integration/harness/databases.js';
import { useMigratedDatabase } from '../../../test/integration/harness/migrated-database.js';
import { readPackedColumns, readPackedGroups, type PackedColumns } from './packed-rows.js';

const databases = await testDatabaseNames();

type Row = { id: string; email: string; name: string };

const byId = (rows: Row[]) => [...rows].sort((left, right) => left.id.localeCompare(right.id));

const rowsOf = ({ count, values }: PackedColumns<Row>): Row[] =>
  Array.from({ length: count }, (_, at) => ({ id: values.id[at]!, email: values.email[at]!, name: values.name[at]! }));

for (const name of databases) {
  describe(`readPackedColumns and readPackedGroups [${name}]`, () => {
    const database = useMigratedDatabase({ name });
    const insert = async (rows: Row[]) => {
      for (const row of rows) {
        await database().query(
          name === 'postgres'
            ? 'INSERT INTO users (id, email, name, created_at) VALUES ($1, $2, $3, $4)'
            : 'INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)',
          [row.id, row.email, row.name, '2026-01-01T00:00:00.000Z'],
        );
      }
    };
    const where = { fromWhere: 'FROM users u WHERE u.id LIKE :prefix' };
    const read = async ({ prefix }: { prefix: string }) =>
      rowsOf(
        await readPackedColumns<Row>({
          manager: database().manager,
          columns: { id: 'u.id', email: 'u.email', name: 'u.name' },
          ...where,
          parameters: { prefix: `${prefix}%` },
        }),
      );
    // `name` stands in for a grant's few-valued key (project, role, kind), `id` for its holder.
    const readGroups = async ({ prefix }: { prefix: string }) =>
      (
        await readPackedGroups<Pick<Row, 'name'>>({
          manager: database().manager,
          key: { name: 'u.name' },
          member: 'u.id',
          ...where,
          parameters: { prefix: `${prefix}%` },
        })
      ).map(({ key, members }) => ({ key, members: [...members].sort() }));
    const groupsOf = (rows: Row[]) =>
      [...new Set(rows.map((row) => row.name))].map((group) => ({
        key: { name: group },
        members: rows
          .filter((row) => row.name === group)
          .map((row) => row.id)
          .sort(),
      }));
    const byName = <G extends { key: { name: string } }>(groups: G[]) => [...groups].sort((left, right) => left.key.name.localeCompare(right.key.name));

    it('reads every row with its own values, and rows sharing a key as one group', async () => {
      const rows = Array.from({ length: 50 }, (_, index) => ({ id: `plain-${index}`, email: `plain-${index}@example.test`, name: `Team ${index % 3}` }));
      await insert(rows);
      expect(byId(await read({ prefix: 'plain-' }))).toEqual(byId(rows));
      expect(byName(await readGroups({ prefix: 'plain-' }))).toEqual(byName(groupsOf(rows)));
    });

    it('reads values holding the separators unchanged', async () => {
      const rows = [
        { id: 'odd-1', email: 'odd-1@example.test', name: 'Unit\u001fseparator' },
        { id: 'odd-2\u001f', email: 'odd-2@example.test', name: 'Plain' },
        { id: 'odd-3', email: 'odd-3@example.test', name: 'Record\u001eseparator' },
      ];
      await insert(rows);
      expect(byId(await read({ prefix: 'odd-' }))).toEqual(byId(rows));
      expect(byName(await readGroups({ prefix: 'odd-' }))).toEqual(byName(groupsOf(rows)));
    });

    it('reads no rows as an empty list', async () => {
      expect(await read({ prefix: 'none-' })).toEqual([]);
      expect(await readGroups({ prefix: 'none-' })).toEqual([]);
    });
  });
}
