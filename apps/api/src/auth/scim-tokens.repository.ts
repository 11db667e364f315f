import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '../database/transaction.repository.js';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity.js';
import { ScimTokenEntity } from '../modules/organizations/entities/scim-token.entity.js';

/** Organizations' SCIM tokens, stored as the hash of their secret; a revoked token keeps its row. */
@Injectable()
export class ScimTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organizationExists({ organizationId }: { organizationId: string }): Promise<boolean> {
    return this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId });
  }

  /** The live (unrevoked) token whose secret has this hash. */
  async findLive({ secretHash }: { secretHash: string }): Promise<Pick<ScimTokenEntity, 'id' | 'organizationId'> | null> {
    return this.dataSource.manager.findOne(ScimTokenEntity, { select: { id: true, organizationId: true }, where: { secretHash, revokedAt: IsNull() } });
  }

  async listLive({ organizationId }: { organizationId: string }): Promise<ScimTokenEntity[]> {
    return this.dataSource.manager.find(ScimTokenEntity, { where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async insert({ tx, row }: { tx: Tx; row: ScimTokenEntity }): Promise<void> {
    await tx.manager.insert(ScimTokenEntity, row);
  }

  /** Revokes a live token of the organization; false when it has none by that id. */
  async revoke({ tx, organizationId, tokenId, at }: { tx: Tx; organizationId: string; tokenId: string; at: string }): Promise<boolean> {
    const result = await tx.manager.update(ScimTokenEntity, { id: tokenId, organizationId, revokedAt: IsNull() }, { revokedAt: at });
    return Boolean(result.affected);
  }
}
