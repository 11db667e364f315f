import { Injectable } from '@nestjs/common';
import { TransactionRepository, type Tx } from '../../database/transaction.repository.js';
import { DirectoryChangeRecorder, type DirectoryAudit, type DirectoryDelta } from '../organizations/directory-change-recorder.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import type { ScimActor } from './scim-tokens.js';

/**
 * One SCIM write: the directory change and, in the same transaction, the tenant change of every
 * tenant of the organization (through the recorder `PUT …/directory` uses); held tenants on this
 * process take it after commit, other processes through the change feed. Once the request has
 * answered, every process answers as after it (R7, Production).
 */
@Injectable()
export class ScimDirectoryWrites {
  constructor(
    private readonly transactions: TransactionRepository,
    private readonly recorder: DirectoryChangeRecorder,
    private readonly contexts: TenantContextService,
  ) {}

  async write<T>({
    organizationId,
    actor,
    work,
  }: {
    organizationId: string;
    actor: ScimActor;
    /** Writes the directory; answers what the tenants must take (null: nothing changed) and the result. */
    work: (tx: Tx) => Promise<{ result: T; delta: DirectoryDelta | null; audit: Omit<DirectoryAudit, 'actor'> | null }>;
  }): Promise<T> {
    const { result, recorded } = await this.transactions.runWrite({
      work: async (tx) => {
        // Tenants first, as `PUT …/directory` takes them: concurrent directory writes queue in one order.
        const tenants = await this.recorder.lockTenants({ tx, organizationId });
        const { result, delta, audit } = await work(tx);
        if (!delta || !audit) return { result, recorded: [] };
        return { result, recorded: await this.recorder.record({ tx, organizationId, tenants, delta, audit: { ...audit, actor: { kind: actor.kind, id: actor.id } } }) };
      },
    });
    for (const change of recorded) this.contexts.committedChange(change);
    return result;
  }
}
