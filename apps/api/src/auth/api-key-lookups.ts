import type { DataSource } from 'typeorm';
import type { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity.js';

/** Long enough to spare a database read on nearly every request of a busy client, short enough to bound any other process's view. */
const KEEP_MS = 5_000;
const LIMIT = 10_000;

/**
 * Live API keys by secret hash, kept for a few seconds: reading the key cost a database round
 * trip on every request. R13 (a deleted key stops working at once) holds because every change
 * to a tenant forgets its keys after commit, and a lookup that raced such a change is not kept.
 * This assumes one API process per database; several would each see a deletion up to KEEP_MS late.
 */
export class ApiKeyLookups {
  private readonly keys = new Map<string, { key: ApiKeyEntity; until: number }>();
  private generation = 0;

  async find({ secretHash, load }: { secretHash: string; load: () => Promise<ApiKeyEntity | null> }): Promise<ApiKeyEntity | null> {
    const now = Date.now();
    const kept = this.keys.get(secretHash);
    if (kept && kept.until > now) return kept.key;
    const generation = this.generation;
    const key = await load();
    if (key && generation === this.generation) {
      if (this.keys.size >= LIMIT) this.keys.clear();
      this.keys.set(secretHash, { key, until: now + KEEP_MS });
    }
    return key;
  }

  /** After a change to the tenant has committed: its deleted keys must stop working now. */
  forgetTenant({ tenantId }: { tenantId: string }): void {
    this.generation += 1;
    for (const [hash, { key }] of this.keys) if (key.tenantId === tenantId) this.keys.delete(hash);
  }
}

/** One cache per database connection, so two apps in one process (as tests run them) never share keys. */
const byDataSource = new WeakMap<DataSource, ApiKeyLookups>();

export function apiKeyLookupsOf({ dataSource }: { dataSource: DataSource }): ApiKeyLookups {
  let lookups = byDataSource.get(dataSource);
  if (!lookups) byDataSource.set(dataSource, (lookups = new ApiKeyLookups()));
  return lookups;
}
