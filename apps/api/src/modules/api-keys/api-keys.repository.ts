import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/transaction.repository.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';

@Injectable()
export class ApiKeysRepository {
  /** Deleted keys count too: their rows stay so ids and secrets are never reused. */
  async secretHashExists({ tx, secretHash }: { tx: Tx; secretHash: string }): Promise<boolean> {
    return tx.manager.existsBy(ApiKeyEntity, { secretHash });
  }
}
