import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashSecret, nowIso } from '../common/crypto/secrets.js';
import { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity.js';
import { TenantEntity } from '../modules/tenants/entities/tenant.entity.js';
import { UserEntity } from '../modules/users/entities/user.entity.js';
import { SessionEntity } from './entities/session.entity.js';

const SESSION_DAYS = 14;

/** Sessions and API-key secrets, looked up only by their SHA-256. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession({ userId, token }: { userId: string; token: string }): Promise<void> {
    const now = new Date();
    await this.dataSource.manager.insert(SessionEntity, {
      tokenHash: hashSecret({ secret: token }),
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    });
  }

  async deleteSession({ tokenHash }: { tokenHash: string }): Promise<void> {
    await this.dataSource.manager.delete(SessionEntity, { tokenHash });
  }

  async findSessionUser({ token }: { token: string }): Promise<UserEntity | null> {
    const session = await this.dataSource.manager.findOneBy(SessionEntity, { tokenHash: hashSecret({ secret: token }) });
    if (!session || session.expiresAt <= nowIso()) return null;
    return this.dataSource.manager.findOneBy(UserEntity, { id: session.userId });
  }

  /**
   * Live keys only, read on every request: a deleted key's secret stops working at once on every
   * process (R13). The key's tenant version comes in the same read, for the request's view of it.
   */
  async findLiveApiKey({ secret }: { secret: string }): Promise<LiveApiKey | null> {
    const row = await this.dataSource.manager
      .createQueryBuilder(ApiKeyEntity, 'k')
      .innerJoin(TenantEntity, 't', 't.id = k.tenant_id')
      .select(['k.id AS id', 'k.tenant_id AS "tenantId"', 'k.expires_at AS "expiresAt"', 'k.allowed_ips AS "allowedIps"', 't.version AS "tenantVersion"'])
      .where('k.secret_hash = :hash AND k.deleted_at IS NULL', { hash: hashSecret({ secret }) })
      .getRawOne<{ id: string; tenantId: string; expiresAt: string | null; allowedIps: string; tenantVersion: number | string }>();
    if (!row) return null;
    return { ...row, allowedIps: JSON.parse(row.allowedIps) as string[], tenantVersion: Number(row.tenantVersion) };
  }
}

export interface LiveApiKey {
  id: string;
  tenantId: string;
  expiresAt: string | null;
  allowedIps: string[];
  tenantVersion: number;
}
