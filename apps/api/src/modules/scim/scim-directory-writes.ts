import { Injectable } from '@nestjs/common';
import { TransactionRepository, type Tx } from '../../database/transaction.repository.js';
import { DirectoryChangeRecorder, type DirectoryAudit, type DirectoryDelta } from '../organizations/directory-change-recorder.js';
import type { VersionedTenant } from '../tenants/tenant-changes.repository.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import type { ScimActor } from './scim-tokens.js';

/**
 * Which tenants a SCIM write may affect, locked before the directory is read:
 * - `organization`: every tenant of the organization (a user's standing, name or guest flag);
 * - `group`: the tenants where the group holds a role (its members or name, R7);
 * - `none`: a new user or group nobody holds yet affects no tenant.
 */
export type AffectedTenants = { kind: 'organization' } | { kind: 'group'; groupId: string; lockGroup: (tx: Tx) => Promise<unknown> } | { kind: 'none' };

/**
 * One SCIM write: the directory change and, in the same transaction, the tenant change of every
 * tenant it affects (through the recorder `PUT …/directory` uses); held tenants on this process
 * take it after commit, other processes through the change feed. Once the request has answered,
 * every process answers as after it (R7, Production).
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
    affects,
    work,
  }: {
    organizationId: string;
    actor: ScimActor;
    affects: AffectedTenants;
    /** Writes the directory; answers what the tenants must take (null: nothing they hold changed) and the result. */
    work: (tx: Tx) => Promise<{ result: T; delta: DirectoryDelta | null; audit: Omit<DirectoryAudit, 'actor'> | null }>;
  }): Promise<T> {
    const { result, recorded } = await this.transactions.runWrite({
      work: async (tx) => {
        const tenants = await this.lock({ tx, organizationId, affects });
        const { result, delta, audit } = await work(tx);
        if (!delta || !audit || tenants.length === 0) return { result, recorded: [] };
        return {
          result,
          recorded: await this.recorder.record({ tx, organizationId, tenants, delta, audit: { ...audit, actor: { kind: actor.kind, id: actor.id } } }),
        };
      },
    });
    for (const change of recorded) this.contexts.committedChange(change);
    return result;
  }

  /**
   * Tenants before the directory row, as `PUT …/directory` and every tenant write take them. For a
   * group: its holders, then the group row, then its holders again — a grant of the group that
   * committed in between (it reads the group under a shared lock) is found and locked too.
   */
  private async lock({ tx, organizationId, affects }: { tx: Tx; organizationId: string; affects: AffectedTenants }): Promise<VersionedTenant[]> {
    if (affects.kind === 'none') return [];
    if (affects.kind === 'organization') return this.recorder.lockTenants({ tx, organizationId });
    const { groupId } = affects;
    const locked = await this.recorder.lockTenantsHoldingGroup({ tx, organizationId, groupId });
    await affects.lockGroup(tx);
    const late = await this.recorder.lockTenantsHoldingGroup({ tx, organizationId, groupId, except: locked.map((tenant) => tenant.id) });
    return late.length === 0 ? locked : [...locked, ...late];
  }
}
