import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A hash of every row of every table, per table, read through the app's own DataSource and
 * ordered by primary key: two equal fingerprints mean the stored state did not change.
 */
export async function databaseFingerprint({ dataSource }: { dataSource: DataSource }): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const entity of [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
    const alias = 'row';
    let query = dataSource.createQueryBuilder().select(`${alias}.*`).from(entity.tableName, alias);
    for (const column of entity.primaryColumns) query = query.addOrderBy(`${alias}.${column.databaseName}`, 'ASC');
    const rows: Record<string, unknown>[] = (await query.getRawMany()).map(withoutBookkeeping);
    const canonical = rows.map((row) =>
      Object.keys(row)
        .sort()
        .map((key) => [key, row[key] instanceof Date ? row[key].toISOString() : row[key]]),
    );
    fingerprint[entity.tableName] = `${rows.length}:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
  }
  return fingerprint;
}

/**
 * A session's idle clock moves whenever the session is used, bad request or not (sign-in, SPEC §4
 * Production): it is when the session was last seen, not state a request changed.
 */
function withoutBookkeeping(row: Record<string, unknown>): Record<string, unknown> {
  if (!('last_seen_at' in row)) return row;
  const { last_seen_at: _seen, ...rest } = row;
  return rest;
}
