import { Inject, Injectable } from '@nestjs/common';
import { getProduct, LiveTenant, type AnyProduct, type TenantChange, type TenantDecisions, type TenantState } from '@loome/roles-core';
import { grantGroupsOf } from '@loome/roles-core/loading';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TransactionRepository, type Tx } from '../../database/transaction.repository.js';
import { FreshVersionReads } from './fresh-version-reads.js';
import { TenantChangesRepository } from './tenant-changes.repository.js';
import { TenantStateRepository } from './tenant-state.repository.js';
import { TenantEntity } from './entities/tenant.entity.js';

/** What never changes about a tenant once created. */
export type TenantIdentity = Pick<TenantEntity, 'id' | 'name' | 'organizationId' | 'productId'>;

/** A tenant as requests read it, at one version: its identity, product, state and decisions. */
export interface TenantContext {
  tenant: TenantIdentity;
  product: AnyProduct;
  version: number;
  state: TenantState;
  decisions: TenantDecisions;
  /** Contract "Who is a member", current with the state. */
  memberships: { has(userId: string): boolean };
}

interface Entry {
  tenant: TenantIdentity;
  product: AnyProduct;
  live: LiveTenant;
  version: number;
  /** An estimate of what the entry holds in memory, for the cache's budget. */
  bytes: number;
  /** The context of the entry's version, made once: what requests remember answers under. */
  context?: TenantContext;
}

/** Bytes a membership costs a loaded tenant, roles-core and the API together (issue budget: 128 MB a million). */
const BYTES_PER_MEMBERSHIP = 128;
const BYTES_PER_TENANT = 64 * 1024;
/** Plain loads tried before one in a snapshot, when changes commit while the tenant is read. */
const CONSISTENT_LOAD_ATTEMPTS = 3;

/**
 * Loaded tenants, each at the version it was brought to. A request reads the tenant's committed
 * version once (PostgreSQL: one read by primary key; several processes share the database) and
 * catches up from the change record when behind; a write brings the tenant forward in place after
 * it commits. SQLite is single-process: the versions its own commits made are all there is, so it
 * reads none. Past the memory budget the least recently used tenants are dropped.
 */
@Injectable()
export class TenantContextService {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Entry | null>>();
  /** SQLite: the version of each tenant as this process's own commits left it. */
  private readonly committed = new Map<string, number>();
  private bytes = 0;
  private readonly budgetBytes: number;
  private readonly versionReads: FreshVersionReads;
  /** Versions each request has read, by the caller it was admitted as (one object a request). */
  private readonly requestVersions = new WeakMap<object, Map<string, Promise<number | null>>>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly states: TenantStateRepository,
    private readonly changes: TenantChangesRepository,
    private readonly transactions: TransactionRepository,
  ) {
    this.budgetBytes = (config.tenantCacheMegabytes ?? 1024) * 1024 * 1024;
    this.versionReads = new FreshVersionReads((tenantId) => this.readVersion({ tenantId }));
  }

  /**
   * The tenant as of its committed version, read after this call began, or null when it does not
   * exist. `request` (the caller a request was admitted as) reads the version once for the whole
   * request, whatever asks for the tenant during it.
   */
  async get({ tenantId, request }: { tenantId: string; request?: object }): Promise<TenantContext | null> {
    // No stored id holds a NUL character, and PostgreSQL refuses to compare text with one.
    if (tenantId.includes('\u0000')) return null;
    const version = await this.committedVersion({ tenantId, request });
    return version === null ? null : this.at({ tenantId, version });
  }

  /** The tenant at `version` or later; inside a write, `tx` holds the tenant's lock and reads through it. */
  async at({ tenantId, version, tx }: { tenantId: string; version: number; tx?: Tx }): Promise<TenantContext | null> {
    for (;;) {
      const entry = this.entries.get(tenantId);
      if (entry && entry.version >= version) return this.touch({ tenantId, entry });
      // A write reads through its own transaction and never waits on reads that may wait for it.
      if (tx) return this.contextOf({ tenantId, entry: await this.bringForward({ tenantId, entry, tx }) });
      const pending = this.inFlight.get(tenantId);
      if (pending) {
        await pending.catch(() => undefined);
        continue;
      }
      const work = this.bringForward({ tenantId, entry }).finally(() => this.inFlight.delete(tenantId));
      this.inFlight.set(tenantId, work);
      const reached = await work;
      if (!reached) return null;
      if (reached.version >= version) return this.touch({ tenantId, entry: reached });
    }
  }

  /**
   * After a write committed `change` as `version`: the tenant moves forward in place when this
   * process holds it at the version before; otherwise the next request catches up.
   */
  committedChange({ tenantId, version, change }: { tenantId: string; version: number; change: TenantChange }): void {
    if ((this.committed.get(tenantId) ?? -1) < version) this.committed.set(tenantId, version);
    const entry = this.entries.get(tenantId);
    if (!entry || entry.version !== version - 1 || this.inFlight.has(tenantId)) return;
    this.advance({ entry, version, change });
  }

  /** Another process committed a change: a tenant held here catches up now rather than on its next request. */
  announced({ tenantId, version }: { tenantId: string; version: number }): void {
    const entry = this.entries.get(tenantId);
    if (!entry || entry.version >= version) return;
    this.at({ tenantId, version }).catch(() => undefined);
  }

  /** Drops a held tenant: for tooling that writes a tenant's tables around the API (benchmark seeding). */
  forget({ tenantId }: { tenantId: string }): void {
    const entry = this.entries.get(tenantId);
    if (!entry) return;
    this.entries.delete(tenantId);
    this.bytes -= entry.bytes;
  }

  /** The cache's size, for figures and tests. */
  stats(): { tenants: number; bytes: number; budgetBytes: number } {
    return { tenants: this.entries.size, bytes: this.bytes, budgetBytes: this.budgetBytes };
  }

  /** What a request already read of a tenant's version with its credentials (one read for both). */
  noteVersion({ request, tenantId, version }: { request: object; tenantId: string; version: number | null }): void {
    this.versionsOf(request).set(tenantId, Promise.resolve(version));
  }

  private async committedVersion({ tenantId, request }: { tenantId: string; request?: object }): Promise<number | null> {
    if (!this.changes.isShared) {
      const known = this.committed.get(tenantId) ?? this.entries.get(tenantId)?.version;
      if (known !== undefined) return known;
      return this.changes.versionOf({ tenantId });
    }
    if (!request) return this.versionReads.read(tenantId);
    const seen = this.versionsOf(request);
    let read = seen.get(tenantId);
    if (!read) seen.set(tenantId, (read = this.versionReads.read(tenantId)));
    return read;
  }

  private versionsOf(request: object): Map<string, Promise<number | null>> {
    let seen = this.requestVersions.get(request);
    if (!seen) this.requestVersions.set(request, (seen = new Map<string, Promise<number | null>>()));
    return seen;
  }

  /** The committed version; a tenant held here comes with the changes after its version, applied at once. */
  private async readVersion({ tenantId }: { tenantId: string }): Promise<number | null> {
    const entry = this.entries.get(tenantId);
    if (!entry) return this.changes.versionOf({ tenantId });
    const { version, changes } = await this.changes.versionWithChangesAfter({ tenantId, after: entry.version });
    this.applyInOrder({ entry, changes });
    return version;
  }

  /** Applies each change onto the version before it only, so overlapping catch-ups never apply one twice; stops at a gap. */
  private applyInOrder({ entry, changes }: { entry: Entry; changes: readonly { version: number; change: TenantChange }[] }): boolean {
    for (const { version, change } of changes) {
      if (version <= entry.version) continue;
      if (version !== entry.version + 1) return false;
      this.advance({ entry, version, change });
    }
    return true;
  }

  /** One change onto the held tenant; what it adds counts against the cache's budget as a load's would. */
  private advance({ entry, version, change }: { entry: Entry; version: number; change: TenantChange }): void {
    entry.live.apply(change);
    entry.version = version;
    const added = BYTES_PER_MEMBERSHIP * change.effects.filter((effect) => effect.type.startsWith('grant-')).length;
    entry.bytes += added;
    if (this.entries.get(entry.tenant.id) !== entry) return;
    this.bytes += added;
    this.keepWithinBudget({ tenantId: entry.tenant.id });
  }

  private async bringForward({ tenantId, entry, tx }: { tenantId: string; entry: Entry | undefined; tx?: Tx }): Promise<Entry | null> {
    if (entry && (await this.catchUp({ entry, tenantId, tx }))) return entry;
    return this.load({ tenantId, tx });
  }

  /** Applies the recorded changes after the entry's version; false when some were pruned and a load is needed. */
  private async catchUp({ entry, tenantId, tx }: { entry: Entry; tenantId: string; tx?: Tx }): Promise<boolean> {
    // Outside a write, on the shared database, the same prepared statement a version read uses.
    const rows =
      !tx && this.changes.isShared
        ? (await this.changes.versionWithChangesAfter({ tenantId, after: entry.version })).changes
        : await this.changes.changesAfter({ tenantId, version: entry.version, manager: tx?.manager });
    return this.applyInOrder({ entry, changes: rows });
  }

  /**
   * Loads the tenant whole. The version is read before and after the state: equal, no change
   * committed in between, so the state is exactly that version's (a change moves both at once).
   * A tenant written to all along is read in one snapshot instead; inside a write the lock holds it still.
   */
  private async load({ tenantId, tx }: { tenantId: string; tx?: Tx }): Promise<Entry | null> {
    if (tx) return (await this.loadAt({ tenantId, tx, settled: () => true })) ?? null;
    for (let attempt = 1; attempt < CONSISTENT_LOAD_ATTEMPTS; attempt++) {
      const entry = await this.loadAt({ tenantId, settled: async (version) => (await this.changes.versionOf({ tenantId })) === version });
      if (entry !== undefined) return entry;
    }
    return (await this.transactions.runConsistentRead({ work: (snapshot) => this.loadAt({ tenantId, tx: snapshot, settled: () => true }) })) ?? null;
  }

  /** `undefined` when `settled` says a change committed during the read. */
  private async loadAt({
    tenantId,
    tx,
    settled,
  }: {
    tenantId: string;
    tx?: Tx;
    settled: (version: number) => boolean | Promise<boolean>;
  }): Promise<Entry | null | undefined> {
    const tenant = await this.states.findTenant({ tenantId, tx });
    if (!tenant) return null;
    const product = getProduct(tenant.productId);
    if (!product) throw new Error(`Tenant ${tenant.id} names unknown product ${tenant.productId}`);
    const state = await this.states.load({ tenant, tx });
    if (!(await settled(tenant.version))) return undefined;
    const { id, name, organizationId, productId } = tenant;
    const entry: Entry = {
      tenant: { id, name, organizationId, productId },
      product,
      live: new LiveTenant({ product, state }),
      version: tenant.version,
      bytes: BYTES_PER_TENANT + BYTES_PER_MEMBERSHIP * membershipsOf(state),
    };
    this.keep({ tenantId, entry });
    return entry;
  }

  private keep({ tenantId, entry }: { tenantId: string; entry: Entry }): void {
    const previous = this.entries.get(tenantId);
    if (previous && previous.version > entry.version) return;
    if (previous) this.bytes -= previous.bytes;
    this.entries.delete(tenantId);
    this.entries.set(tenantId, entry);
    this.bytes += entry.bytes;
    this.keepWithinBudget({ tenantId });
  }

  /** Drops the least recently used tenants (Map order is insertion order) until the rest fit, never `tenantId`. */
  private keepWithinBudget({ tenantId }: { tenantId: string }): void {
    for (const [id, oldest] of this.entries) {
      if (this.bytes <= this.budgetBytes || id === tenantId) break;
      this.entries.delete(id);
      this.bytes -= oldest.bytes;
    }
  }

  private contextOf({ tenantId, entry }: { tenantId: string; entry: Entry | null }): TenantContext | null {
    return entry ? this.touch({ tenantId, entry }) : null;
  }

  private touch({ tenantId, entry }: { tenantId: string; entry: Entry }): TenantContext {
    if (this.entries.get(tenantId) === entry) {
      this.entries.delete(tenantId);
      this.entries.set(tenantId, entry);
    }
    if (entry.context?.version === entry.version) return entry.context;
    const { live } = entry;
    entry.context = {
      tenant: entry.tenant,
      product: entry.product,
      version: entry.version,
      state: live.state,
      decisions: live.decisions,
      memberships: { has: (userId) => live.isMember(userId) },
    };
    return entry.context;
  }
}

function membershipsOf(state: TenantState): number {
  const { application, project } = grantGroupsOf({ state });
  let count = state.legacyGrants.length + state.records.length;
  for (const group of [...application, ...project]) count += group.principalIds.length;
  return count;
}
