import { describe, expect, it } from 'vitest';
import { testDatabaseNames } from '../../../test/integration/harness/databases.js';
import { useMigratedDatabase } from '../../../test/integration/harness/migrated-database.js';
import { AuditEventEntity } from '../audit/entities/audit-event.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { ensureUsers, insertMany } from './bulk-writes.js';

const databases = await testDatabaseNames();
const AT = '2026-01-01T00:00:00.000Z';

for (const name of databases) {
  describe(`insertMany and ensureUsers [${name}]`, () => {
    const database = useMigratedDatabase({ name });

    it('writes every row with its JSON, nulls and defaults, in the order given, across statements', async () => {
      // More rows than one SQLite statement binds (30,000 values over 7 columns).
      const rows = Array.from({ length: 9_000 }, (_, n) => ({
        tenantId: 'bulk-t',
        at: AT,
        actor: { kind: 'user', id: `u-${n}` },
        action: 'grant',
        target: `row-${n}`,
        before: n % 2 === 0 ? null : { roles: ['consumer'], note: `it's "${n}"` },
        after: { roles: [] },
      }));
      await insertMany({ manager: database().manager, target: AuditEventEntity, rows });
      const stored = await database().manager.find(AuditEventEntity, { where: { tenantId: 'bulk-t' }, order: { seq: 'ASC' } });
      expect(stored.map(({ seq: _seq, ...row }) => row)).toEqual(rows);
      expect(new Set(stored.map((row) => row.seq)).size).toBe(rows.length);
    });

    it('skips rows whose key exists when asked to, and refuses a row that leaves out a column the first row gives', async () => {
      const user = (n: number) => ({ id: `bulk-u-${n}`, email: `bulk-${n}@example.test`, name: `Bulk ${n}`, firstSignedInAt: null, createdAt: AT });
      await insertMany({ manager: database().manager, target: UserEntity, rows: [user(1), user(2)] });
      await insertMany({ manager: database().manager, target: UserEntity, rows: [{ ...user(2), name: 'Changed' }, user(3)], ignoreExisting: true });
      const names = (await database().manager.find(UserEntity, { order: { id: 'ASC' } })).filter((row) => row.id.startsWith('bulk-u-')).map((row) => row.name);
      expect(names).toEqual(['Bulk 1', 'Bulk 2', 'Bulk 3']);
      await expect(
        insertMany({ manager: database().manager, target: UserEntity, rows: [user(4), { id: 'bulk-u-5', email: 'bulk-5@example.test' }] }),
      ).rejects.toThrow(/lacks name/);
      expect(await database().manager.countBy(UserEntity, { id: 'bulk-u-4' })).toBe(0);
    });

    it('finds the users of known emails and creates the rest, once each', async () => {
      const emails = ['bulk-1@example.test', 'fresh-1@example.test', 'fresh-2@example.test'];
      const first = await ensureUsers({ manager: database().manager, emails });
      expect([...first.keys()].sort()).toEqual([...emails].sort());
      expect(first.get('bulk-1@example.test')).toBe('bulk-u-1');
      const again = await ensureUsers({ manager: database().manager, emails });
      expect(again).toEqual(first);
      expect(await database().manager.countBy(UserEntity, { email: 'fresh-1@example.test' })).toBe(1);
    });
  });
}
