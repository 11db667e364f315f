import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { createSecret, hashSecret, newId, nowIso } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/problem.error.js';
import { headerValue, type HttpRequest } from '../../common/http/http-types.js';
import { OrganizationEntity } from '../organizations/entities/organization.entity.js';
import { ScimTokenEntity } from '../organizations/entities/scim-token.entity.js';
import { scimUnauthorized } from './scim-error.js';
import type { CreateScimTokenInput } from './schemas/scim.schema.js';

export const SCIM_TOKEN_PREFIX = 'lsc_';

/** Who made a SCIM request: the token, for the audit log. */
export interface ScimActor {
  kind: 'scim-token';
  id: string;
}

/** Platform operations on an organization's SCIM tokens: the secret is shown once and stored as a hash. */
@Injectable()
export class ScimTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create({ organizationId, input }: { organizationId: string; input: CreateScimTokenInput }) {
    if (!(await this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId }))) throw notFound('Organization');
    const token = createSecret({ prefix: SCIM_TOKEN_PREFIX });
    const row: ScimTokenEntity = { id: newId(), organizationId, description: input.description, secretHash: hashSecret({ secret: token }), createdAt: nowIso(), revokedAt: null };
    await this.dataSource.manager.insert(ScimTokenEntity, row);
    return { id: row.id, description: row.description, createdAt: row.createdAt, token };
  }

  async list({ organizationId }: { organizationId: string }) {
    if (!(await this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId }))) throw notFound('Organization');
    const rows = await this.dataSource.manager.find(ScimTokenEntity, { where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: rows.map(({ id, description, createdAt }) => ({ id, description, createdAt })) };
  }

  async revoke({ organizationId, tokenId }: { organizationId: string; tokenId: string }) {
    const result = await this.dataSource.manager.update(ScimTokenEntity, { id: tokenId, organizationId, revokedAt: IsNull() }, { revokedAt: nowIso() });
    if (!result.affected) throw notFound('SCIM token');
    return { id: tokenId, revoked: true };
  }

  /** The live token of this organization the secret is, or null: another organization's token is no token here. */
  async admit({ organizationId, secret }: { organizationId: string; secret: string }): Promise<ScimActor | null> {
    const row = await this.dataSource.manager.findOne(ScimTokenEntity, { select: { id: true, organizationId: true }, where: { secretHash: hashSecret({ secret }), revokedAt: IsNull() } });
    return row && row.organizationId === organizationId ? { kind: 'scim-token', id: row.id } : null;
  }
}

/** Admits a SCIM request with its organization's token; anything else is 401 in SCIM's format. */
@Injectable()
export class ScimTokenGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest & { scimActor?: ScimActor }>();
    const match = /^Bearer\s+(\S+)$/i.exec(headerValue({ request, name: 'authorization' }) ?? '');
    const organizationId = request.params.orgId;
    if (!match || !organizationId || !match[1]!.startsWith(SCIM_TOKEN_PREFIX)) throw scimUnauthorized();
    const actor = await this.tokens.admit({ organizationId, secret: match[1]! });
    if (!actor) throw scimUnauthorized();
    request.scimActor = actor;
    return true;
  }
}
