import { Injectable } from '@nestjs/common';
import { createSecret, hashSecret, newId, nowIso } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/problem.error.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import type { ScimTokenEntity } from '../organizations/entities/scim-token.entity.js';
import { SCIM_TOKEN_PREFIX } from '../../auth/scim-token-admission.js';
import { ScimTokensRepository } from '../../auth/scim-tokens.repository.js';
import type { CreateScimTokenInput } from './schemas/scim.schema.js';

export type { ScimActor } from '../../auth/scim-token-admission.js';

/** Platform operations on an organization's SCIM tokens: the secret is shown once and stored as a hash. */
@Injectable()
export class ScimTokensService {
  constructor(
    private readonly tokens: ScimTokensRepository,
    private readonly transactions: TransactionRepository,
  ) {}

  async create({ organizationId, input }: { organizationId: string; input: CreateScimTokenInput }) {
    if (!(await this.tokens.organizationExists({ organizationId }))) throw notFound('Organization');
    const token = createSecret({ prefix: SCIM_TOKEN_PREFIX });
    const row: ScimTokenEntity = {
      id: newId(),
      organizationId,
      description: input.description,
      secretHash: hashSecret({ secret: token }),
      createdAt: nowIso(),
      revokedAt: null,
    };
    await this.transactions.runWrite({ work: (tx) => this.tokens.insert({ tx, row }) });
    return { id: row.id, description: row.description, createdAt: row.createdAt, token };
  }

  async list({ organizationId }: { organizationId: string }) {
    if (!(await this.tokens.organizationExists({ organizationId }))) throw notFound('Organization');
    const rows = await this.tokens.listLive({ organizationId });
    return { items: rows.map(({ id, description, createdAt }) => ({ id, description, createdAt })) };
  }

  async revoke({ organizationId, tokenId }: { organizationId: string; tokenId: string }) {
    const revoked = await this.transactions.runWrite({ work: (tx) => this.tokens.revoke({ tx, organizationId, tokenId, at: nowIso() }) });
    if (!revoked) throw notFound('SCIM token');
    return { id: tokenId, revoked: true };
  }
}
