import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { TenantEntity } from '../modules/tenants/entities/tenant.entity.js';

/** An open transaction; services pass it to repositories without looking inside. */
export interface Tx {
  readonly manager: EntityManager;
}

/**
 * Runs writes in one transaction. PostgreSQL locks the tenant row (`SELECT … FOR UPDATE`) so
 * concurrent changes to one tenant queue up; SQLite has a single writer, and because every
 * request shares one connection, writes are queued in-process before the transaction begins.
 */
@Injectable()
export class TransactionRepository {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async runWrite<T>({ work }: { work: (tx: Tx) => Promise<T> }): Promise<T> {
    if (this.isPostgres) return this.dataSource.transaction((manager) => work({ manager }));
    const run = this.queue.then(() => this.dataSource.transaction((manager) => work({ manager })));
    this.queue = run.catch(() => undefined);
    return run;
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
    return this.runWrite({
      work: async (tx) => {
        const query = tx.manager.getRepository(TenantEntity).createQueryBuilder('tenant').where('tenant.id = :tenantId', { tenantId });
        const tenant = await (this.isPostgres ? query.setLock('pessimistic_write') : query).getOne();
        if (!tenant) return { found: false as const };
        return { found: true as const, result: await work(tx, tenant) };
      },
    });
  }
}
