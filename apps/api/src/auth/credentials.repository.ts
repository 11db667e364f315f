import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { hashSecret, nowIso } from '../common/crypto/secrets.js';
import { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity.js';
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

  /** Live keys only: a deleted key's secret stops working at once (R13). */
  async findLiveApiKey({ secret }: { secret: string }): Promise<ApiKeyEntity | null> {
    return this.dataSource.manager.findOneBy(ApiKeyEntity, { secretHash: hashSecret({ secret }), deletedAt: IsNull() });
  }
}
