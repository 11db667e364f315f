import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '../../database/transaction.repository.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** When each live key of the tenant was last used, by key id (keys never used are absent). */
  async lastUsedOf({ tenantId }: { tenantId: string }): Promise<Map<string, string>> {
    const rows = await this.dataSource.manager.find(ApiKeyEntity, { select: { id: true, lastUsedAt: true }, where: { tenantId, deletedAt: IsNull() } });
    return new Map(rows.flatMap((row) => (row.lastUsedAt ? [[row.id, row.lastUsedAt] as const] : [])));
  }

  /** Deleted keys count too: their rows stay so ids and secrets are never reused. */
  async secretHashExists({ tx, secretHash }: { tx: Tx; secretHash: string }): Promise<boolean> {
    return tx.manager.existsBy(ApiKeyEntity, { secretHash });
  }
}
