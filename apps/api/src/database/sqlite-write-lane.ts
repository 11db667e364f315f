import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { tuneSqlite } from './data-source.js';

/** A write gives other requests a turn once it has held the thread this long. */
const TURN_EVERY_MS = 8;

/**
 * SQLite's writes, on a connection of their own.
 *
 * better-sqlite3 runs every statement on the calling thread, so a long write (a 45,000-address
 * invitation) used to hold the process until it committed: every other request, reads of other
 * tenants included, waited behind it. Writes now run here and give the event loop a turn every few
 * milliseconds; everything else reads on the data source's own connection, where WAL shows the last
 * committed state and never the write under way. That connection refuses writes (`query_only`), so
 * a write that bypasses this lane fails at once, instead of waiting on the file lock a suspended
 * write holds.
 */
export class SqliteWriteLane {
  readonly manager: EntityManager;
  private readonly connection: Database.Database;

  constructor({ dataSource }: { dataSource: DataSource }) {
    const options = dataSource.options as { database: string; timeout?: number };
    this.connection = new Database(options.database, { timeout: options.timeout ?? 5000 });
    this.connection.pragma('journal_mode = WAL');
    this.connection.pragma('foreign_keys = ON');
    tuneSqlite(this.connection);
    const runner = dataSource.driver.createQueryRunner('master');
    const ownRunner = new (runner.constructor as new (driver: unknown) => QueryRunner)(dataSource.driver);
    // TypeORM's SQLite runner reaches its database only through `connect()`.
    Object.assign(ownRunner, { connect: () => Promise.resolve(this.connection), query: yieldingQuery(ownRunner.query.bind(ownRunner)) });
    this.manager = dataSource.createEntityManager(ownRunner);
    Object.assign(ownRunner, { manager: this.manager });
    readsOnly(dataSource);
  }

  onModuleDestroy(): void {
    this.connection.close();
  }
}

function yieldingQuery<Q extends (...args: never[]) => Promise<unknown>>(query: Q): Q {
  let lastTurn = performance.now();
  return (async (...args: Parameters<Q>) => {
    const result = await query(...args);
    if (performance.now() - lastTurn >= TURN_EVERY_MS) {
      await nextTurn();
      lastTurn = performance.now();
    }
    return result;
  }) as Q;
}

function readsOnly(dataSource: DataSource): void {
  (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection.pragma('query_only = ON');
}
