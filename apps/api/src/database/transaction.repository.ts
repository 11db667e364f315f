import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { unavailable } from '../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig, type DatabaseLimits } from '../config/app-config.js';
import { TenantEntity } from '../modules/tenants/entities/tenant.entity.js';
import { type Release, Semaphore, TurnsByKey } from './semaphore.js';

/** An open transaction; services pass it to repositories without looking inside. */
export interface Tx {
  readonly manager: EntityManager;
}

/**
 * Runs writes in one transaction. PostgreSQL locks the tenant row (`SELECT … FOR UPDATE`) so
 * concurrent changes to one tenant queue up; SQLite has a single writer, and because every
 * request shares one connection, writes are queued in-process before the transaction begins.
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
  ) {
    this.limits = config.databaseLimits;
    this.writeConnections = new Semaphore(this.limits.poolSize - this.limits.readReserve);
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async runWrite<T>({ work }: { work: (tx: Tx) => Promise<T> }): Promise<T> {
    return this.inTurn({ tenantId: null, run: () => this.dataSource.transaction((manager) => work({ manager })) });
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
      run: () =>
        this.dataSource.transaction(async (manager) => {
          const query = manager.getRepository(TenantEntity).createQueryBuilder('tenant').where('tenant.id = :tenantId', { tenantId });
          const tenant = await (this.isPostgres ? query.setLock('pessimistic_write') : query).getOne();
          if (!tenant) return { found: false as const };
          return { found: true as const, result: await work({ manager }, tenant) };
        }),
    });
  }

  /** Runs `run` once the write may take a connection: SQLite's single line, or PostgreSQL's turns. */
  private async inTurn<T>({ tenantId, run }: { tenantId: string | null; run: () => Promise<T> }): Promise<T> {
    if (!this.isPostgres) {
      const queued = this.sqliteQueue.then(run);
      this.sqliteQueue = queued.catch(() => undefined);
      return queued;
    }
    const deadline = Date.now() + this.limits.acquireTimeoutMs;
    const turn = tenantId === null ? () => undefined : await this.waitFor(this.tenantTurns.acquire({ key: tenantId, timeoutMs: deadline - Date.now() }));
    try {
      const connection = await this.waitFor(this.writeConnections.acquire({ timeoutMs: deadline - Date.now() }));
      try {
        return await run();
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
}
