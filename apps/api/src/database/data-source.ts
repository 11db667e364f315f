import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind({ databaseUrl }: { databaseUrl: string }): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/**
 * `sqlite:PATH` (directory created) or `postgres://…`. The schema comes from migrations only;
 * `synchronize` stays off.
 */
export function dataSourceOptions({ databaseUrl }: { databaseUrl: string }): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: false } as const;
  if (databaseKind({ databaseUrl }) === 'postgres') {
    // JIT compiles each large query's expressions afresh, costing the tenant-state reads a tenth of
    // their time and winning nothing on short statements; OLTP servers commonly turn it off.
    return { ...common, type: 'postgres', url: databaseUrl, extra: { options: '-c jit=off' } };
  }
  const path = resolve(databaseUrl.replace(/^sqlite:/, ''));
  mkdirSync(dirname(path), { recursive: true });
  return { ...common, type: 'better-sqlite3', database: path, enableWAL: true, timeout: 5000, prepareDatabase: tuneSqlite };
}

/**
 * SQLite's default page cache is 2 MB, so reading a large tenant went back to the file for most
 * pages; a larger cache and memory-mapped reads keep a loaded tenant's pages at hand.
 */
function tuneSqlite(db: { pragma(source: string): unknown }): void {
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
}

/** The standalone data source, for the migration drift check and tooling. */
export function createDataSource({ databaseUrl }: { databaseUrl: string }): DataSource {
  return new DataSource(dataSourceOptions({ databaseUrl }));
}
