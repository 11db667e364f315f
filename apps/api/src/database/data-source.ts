import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseLimits } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind({ databaseUrl }: { databaseUrl: string }): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/**
 * `sqlite:PATH` (directory created) or `postgres://…`. The schema comes from migrations only;
 * `synchronize` stays off. Without `limits` (tooling: migrations, the drift check) nothing is
 * bounded but SQLite's busy wait.
 */
export function dataSourceOptions({ databaseUrl, limits }: { databaseUrl: string; limits?: DatabaseLimits }): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: false } as const;
  if (databaseKind({ databaseUrl }) === 'postgres') {
    // JIT compiles each large query's expressions afresh, costing the tenant-state reads a tenth of
    // their time and winning nothing on short statements; OLTP servers commonly turn it off.
    return { ...common, type: 'postgres', url: databaseUrl, extra: { options: '-c jit=off', ...(limits ? postgresBounds({ limits }) : {}) } };
  }
  const path = resolve(databaseUrl.replace(/^sqlite:/, ''));
  mkdirSync(dirname(path), { recursive: true });
  // better-sqlite3 waits for a busy file on the calling thread, so this wait stalls every request
  // of the process: it stays short.
  const timeout = limits?.lockTimeoutMs ?? 5000;
  return { ...common, type: 'better-sqlite3', database: path, enableWAL: true, timeout, prepareDatabase: tuneSqlite };
}

/**
 * pg's pool and session settings: `connectionTimeoutMillis` bounds the wait for a pooled
 * connection (and for opening one); the others are sent as session parameters when a connection
 * opens, so every statement of every connection carries them.
 */
function postgresBounds({ limits }: { limits: DatabaseLimits }) {
  return {
    max: limits.poolSize,
    connectionTimeoutMillis: limits.acquireTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  };
}

/**
 * SQLite's default page cache is 2 MB, so reading a large tenant went back to the file for most
 * pages; a larger cache and memory-mapped reads keep a loaded tenant's pages at hand.
 */
export function tuneSqlite(db: { pragma(source: string): unknown }): void {
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
}

/** The standalone data source, for the migration drift check and tooling. */
export function createDataSource({ databaseUrl }: { databaseUrl: string }): DataSource {
  return new DataSource(dataSourceOptions({ databaseUrl }));
}
