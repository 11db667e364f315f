import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { unavailable } from '../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig, type DatabaseLimits } from '../config/app-config.js';
import { TenantEntity } from '../modules/tenants/entities/tenant.entity.js';
import { type Release, Semaphore, TurnsByKey } from './semaphore.js';
import type { SqliteWriteLane } from './sqlite-write-lane.js';

export const SQLITE_WRITE_LANE = Symbol('SQLITE_WRITE_LANE');

/** A wait for a turn shorter than this leaves the row's lock timeout as it is. */
const HARDLY_WAITED_MS = 20;

/** An open transaction; services pass it to repositories without looking inside. */
export interface Tx {
  readonly manager: EntityManager;
}

/**
 * Runs writes in one transaction. PostgreSQL locks the tenant row (`SELECT … FOR UPDATE`) so
 * concurrent changes to one tenant queue up; SQLite has a single writer, so writes queue in-process
 * before the transaction begins, on the write lane's connection (`SqliteWriteLane`).
 *
 * On PostgreSQL a write first waits its turn on its tenant in this process, then for one of the
 * write connections (the pool less its read reserve), and only then takes a connection: a tenant's
 * queued writes hold no connection while they wait, and writes stuck on locks of every tenant
 * together leave the reserve to sessions, keys and checks. A write whose turn does not come within
 * the acquire timeout answers `503 UNAVAILABLE`.
 */
@Injectable()
export class TransactionRepository {
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private readonly tenantTurns = new TurnsByKey();
  private readonly writeConnections: Semaphore;
  private readonly limits: DatabaseLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SQLITE_WRITE_LANE) private readonly sqliteLane: SqliteWriteLane | null,
  ) {
    this.limits = config.databaseLimits;
    this.writeConnections = new Semaphore(this.limits.poolSize - this.limits.readReserve);
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async runWrite<T>({ work }: { work: (tx: Tx) => Promise<T> }): Promise<T> {
    return this.inTurn({ tenantId: null, run: () => this.writer.transaction((manager) => work({ manager })) });
  }

  /** SQLite writes on their own connection; PostgreSQL takes one from the pool. */
  private get writer(): EntityManager {
    return this.sqliteLane?.manager ?? this.dataSource.manager;
  }

  /**
   * Reads that must see one moment of the database: PostgreSQL gives them one snapshot
   * (REPEATABLE READ); SQLite runs them in the write queue, where no write can interleave.
   */
  async runConsistentRead<T>({ work }: { work: (tx: Tx) => Promise<T> }): Promise<T> {
    if (this.isPostgres) return this.dataSource.transaction('REPEATABLE READ', (manager) => work({ manager }));
    return this.runWrite({ work });
  }

  /** `found` is false when the tenant does not exist; the work does not run then. */
  async runLockedTenant<T>({
    tenantId,
    work,
  }: {
    tenantId: string;
    work: (tx: Tx, tenant: TenantEntity) => Promise<T>;
  }): Promise<{ found: false } | { found: true; result: T }> {
    return this.inTurn({
      tenantId,
      run: ({ waitedMs }) =>
        this.writer.transaction(async (manager) => {
          const query = manager.getRepository(TenantEntity).createQueryBuilder('tenant').where('tenant.id = :tenantId', { tenantId });
          if (this.isPostgres) await this.boundRowWait({ manager, waitedMs });
          const tenant = await (this.isPostgres ? query.setLock('pessimistic_write') : query).getOne();
          if (!tenant) return { found: false as const };
          return { found: true as const, result: await work({ manager }, tenant) };
        }),
    });
  }

  /**
   * Runs `run` once the write may take a connection: SQLite's single line, or PostgreSQL's turn on
   * the tenant and a write connection, both within one acquire timeout.
   */
  private async inTurn<T>({ tenantId, run }: { tenantId: string | null; run: (turn: { waitedMs: number }) => Promise<T> }): Promise<T> {
    if (!this.isPostgres) {
      const queued = this.sqliteQueue.then(() => run({ waitedMs: 0 }));
      this.sqliteQueue = queued.catch(() => undefined);
      return queued;
    }
    const started = Date.now();
    const remaining = () => started + this.limits.acquireTimeoutMs - Date.now();
    const turn = tenantId === null ? () => undefined : await this.waitFor(this.tenantTurns.acquire({ key: tenantId, timeoutMs: remaining() }));
    try {
      const connection = await this.waitFor(this.writeConnections.acquire({ timeoutMs: remaining() }));
      try {
        return await run({ waitedMs: Date.now() - started });
      } finally {
        connection();
      }
    } finally {
      turn();
    }
  }

  private async waitFor(permit: Promise<Release | null>): Promise<Release> {
    const release = await permit;
    if (!release) throw unavailable('Too many changes are waiting for the database; try again shortly');
    return release;
  }

  /**
   * A write that already waited for its turn waits for its tenant's row (held by another process)
   * only for what is left of its acquire timeout, so turn and row together stay within it. One that
   * hardly waited keeps the session's lock timeout and spares the statement. `0` would mean no
   * limit to PostgreSQL.
   */
  private async boundRowWait({ manager, waitedMs }: { manager: EntityManager; waitedMs: number }): Promise<void> {
    const left = this.limits.acquireTimeoutMs - waitedMs;
    if (waitedMs < HARDLY_WAITED_MS || left >= this.limits.lockTimeoutMs) return;
    await manager.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(left))}`);
  }
}
