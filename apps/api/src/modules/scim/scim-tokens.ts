import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { createSecret, hashSecret, newId, nowIso } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/problem.error.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { OrganizationEntity } from '../organizations/entities/organization.entity.js';
import { ScimTokenEntity } from '../organizations/entities/scim-token.entity.js';
import { SCIM_TOKEN_PREFIX } from '../../auth/scim-token-admission.js';
import type { CreateScimTokenInput } from './schemas/scim.schema.js';

export type { ScimActor } from '../../auth/scim-token-admission.js';

/** Platform operations on an organization's SCIM tokens: the secret is shown once and stored as a hash. */
@Injectable()
export class ScimTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRepository,
  ) {}

  async create({ organizationId, input }: { organizationId: string; input: CreateScimTokenInput }) {
    if (!(await this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId }))) throw notFound('Organization');
    const token = createSecret({ prefix: SCIM_TOKEN_PREFIX });
    const row: ScimTokenEntity = { id: newId(), organizationId, description: input.description, secretHash: hashSecret({ secret: token }), createdAt: nowIso(), revokedAt: null };
    await this.transactions.runWrite({ work: (tx) => tx.manager.insert(ScimTokenEntity, row) });
    return { id: row.id, description: row.description, createdAt: row.createdAt, token };
  }

  async list({ organizationId }: { organizationId: string }) {
    if (!(await this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId }))) throw notFound('Organization');
    const rows = await this.dataSource.manager.find(ScimTokenEntity, { where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: rows.map(({ id, description, createdAt }) => ({ id, description, createdAt })) };
  }

  async revoke({ organizationId, tokenId }: { organizationId: string; tokenId: string }) {
    const result = await this.transactions.runWrite({
      work: (tx) => tx.manager.update(ScimTokenEntity, { id: tokenId, organizationId, revokedAt: IsNull() }, { revokedAt: nowIso() }),
    });
    if (!result.affected) throw notFound('SCIM token');
    return { id: tokenId, revoked: true };
  }
}
