import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { inList } from './in-list.js';

/** Bound values a SQLite statement: below its limit of 32,766. */
const SQLITE_VALUES_A_STATEMENT = 30_000;

type Insert<T extends ObjectLiteral> = { manager: EntityManager; target: EntityTarget<T>; rows: readonly Partial<T>[]; ignoreExisting?: boolean };

/**
 * Inserts many rows in few statements; `ignoreExisting` skips rows whose key is already there.
 * The statement is written here from the entity's columns rather than by TypeORM's insert
 * builder, whose parameter bookkeeping took most of the time of 10,000 invitations. PostgreSQL
 * takes one array a column (`unnest`): a VALUES list of tens of thousands of parameters cost it
 * more to parse than to insert. SQLite, without arrays, takes VALUES lists up to its limit on
 * bound values. Every row gives the same columns; those the first row leaves out take the
 * database's default (as `seq` does).
 */
export async function insertMany<T extends ObjectLiteral>({ manager, target, rows, ignoreExisting = false }: Insert<T>): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => first[column.propertyName] !== undefined);
  const valueOf = (row: Partial<T>, column: ColumnMetadata): unknown => {
    const value = row[column.propertyName];
    if (value === undefined) throw new Error(`insertMany: a row of ${metadata.tableName} lacks ${column.propertyName}, which the first row gives`);
    return driver.preparePersistentValue(value, column);
  };
  const into = `INTO ${driver.escape(metadata.tableName)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')})`;
  if (manager.connection.options.type === 'postgres') {
    const arrays = columns.map((column, at) => `$${at + 1}::${driver.normalizeType(column)}[]`);
    await manager.query(
      `INSERT ${into} SELECT * FROM unnest(${arrays.join(', ')})${ignoreExisting ? ' ON CONFLICT DO NOTHING' : ''}`,
      columns.map((column) => rows.map((row) => valueOf(row, column))),
    );
    return;
  }
  const rowsAStatement = Math.max(1, Math.floor(SQLITE_VALUES_A_STATEMENT / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsAStatement) {
    const part = rows.slice(start, start + rowsAStatement);
    await manager.query(
      `INSERT ${ignoreExisting ? 'OR IGNORE ' : ''}${into} VALUES ${part.map(() => tuple).join(', ')}`,
      part.flatMap((row) => columns.map((column) => valueOf(row, column))),
    );
  }
}

/**
 * The global id of every email, creating never-signed-in users for new ones: a few statements
 * for the whole list instead of three round trips an email (10,000 invitations took seconds).
 * Another tenant's transaction may create the same user at the same moment, hence `ignoreExisting`.
 */
export async function ensureUsers({ manager, emails }: { manager: EntityManager; emails: readonly string[] }): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const read = async (wanted: readonly string[]) => {
    if (wanted.length === 0) return;
    const { where, parameters } = inList({ manager, column: 'u.email', name: 'emails', values: new Set(wanted) });
    const rows = await manager
      .createQueryBuilder()
      .select('u.id', 'id')
      .addSelect('u.email', 'email')
      .from('users', 'u')
      .where(where, parameters)
      .getRawMany<{ id: string; email: string }>();
    for (const row of rows) ids.set(row.email, row.id);
  };
  await read(emails);
  const missing = emails.filter((email) => !ids.has(email));
  const createdAt = nowIso();
  await insertMany({
    manager,
    target: UserEntity,
    rows: missing.map((email) => ({ id: newId(), email, name: email.split('@')[0] ?? email, firstSignedInAt: null, createdAt })),
    ignoreExisting: true,
  });
  await read(missing);
  return ids;
}
