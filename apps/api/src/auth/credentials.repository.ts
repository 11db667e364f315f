import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { hashSecret, nowIso } from '../common/crypto/secrets.js';
import type { Tx } from '../database/transaction.repository.js';
import { ApiKeyEntity } from '../modules/api-keys/entities/api-key.entity.js';
import { UserEntity } from '../modules/users/entities/user.entity.js';
import type { ApiKeyIdentity } from './api-key-identities.js';
import { SessionEntity } from './entities/session.entity.js';

/** Sessions and API-key secrets, looked up only by their SHA-256. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new session: its absolute end is fixed now, its idle clock starts now. */
  async createSession({
    tx,
    userId,
    token,
    maxSeconds,
    idToken = null,
  }: {
    tx: Tx;
    userId: string;
    token: string;
    maxSeconds: number;
    idToken?: string | null;
  }): Promise<void> {
    const now = new Date();
    await tx.manager.insert(SessionEntity, {
      tokenHash: hashSecret({ secret: token }),
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + maxSeconds * 1000).toISOString(),
      lastSeenAt: now.toISOString(),
      idToken,
    });
  }

  /** Ends the session and answers its ID token, for signing out at the provider too. */
  async deleteSession({ tx, tokenHash }: { tx: Tx; tokenHash: string }): Promise<{ idToken: string | null }> {
    const session = await tx.manager.findOne(SessionEntity, { select: { idToken: true }, where: { tokenHash } });
    await tx.manager.delete(SessionEntity, { tokenHash });
    return { idToken: session?.idToken ?? null };
  }

  /**
   * Moves the idle clock of a session in use. Only when it is older than `staleBefore`, so a busy
   * session writes about once a minute rather than on every request.
   */
  async touchSession({ tx, tokenHash, staleBefore }: { tx: Tx; tokenHash: string; staleBefore: string }): Promise<void> {
    await tx.manager.update(SessionEntity, { tokenHash, lastSeenAt: LessThan(staleBefore) }, { lastSeenAt: nowIso() });
  }

  /**
   * The user of a live session, in one read; on a database several processes share, the version
   * of the tenant the request is about comes in the same read, for the request's view of it.
   */
  async findSession({ tokenHash, tenantId, idleSince }: { tokenHash: string; tenantId?: string; idleSince: string }): Promise<LiveSession | null> {
    const query = this.dataSource.manager
      .createQueryBuilder(SessionEntity, 's')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['u.id AS id', 'u.email AS email', 's.last_seen_at AS "lastSeenAt"'])
      // Past its absolute end, or unused since `idleSince`, a session no longer signs anyone in.
      .where('s.token_hash = :hash AND s.expires_at > :now AND s.last_seen_at > :idleSince', { hash: tokenHash, now: nowIso(), idleSince });
    const withVersion = tenantId !== undefined && this.dataSource.options.type === 'postgres' && !tenantId.includes('\u0000');
    if (withVersion) query.addSelect('(SELECT t.version FROM tenants t WHERE t.id = :tenantId)', 'tenantVersion').setParameter('tenantId', tenantId);
    const row = await query.getRawOne<{ id: string; email: string; lastSeenAt: string; tenantVersion?: number | string | null }>();
    if (!row) return null;
    return { id: row.id, email: row.email, lastSeenAt: row.lastSeenAt, tenantVersion: withVersion ? versionOrNull(row.tenantVersion) : undefined };
  }

  /** Records a key's use, unless a use after `staleBefore` is already recorded (by any process). */
  async touchApiKey({ tx, apiKeyId, staleBefore }: { tx: Tx; apiKeyId: string; staleBefore: string }): Promise<void> {
    await tx.manager
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ lastUsedAt: nowIso() })
      .where('id = :apiKeyId AND (last_used_at IS NULL OR last_used_at < :staleBefore)', { apiKeyId, staleBefore })
      .execute();
  }

  /** The key a secret belongs to, while it lives; a deleted key's secret is unknown (R13). */
  async findApiKeyIdentity({ secretHash }: { secretHash: string }): Promise<ApiKeyIdentity | null> {
    const key = await this.dataSource.manager.findOne(ApiKeyEntity, { select: { id: true, tenantId: true }, where: { secretHash, deletedAt: IsNull() } });
    return key ? { id: key.id, tenantId: key.tenantId } : null;
  }
}

export interface LiveSession {
  id: string;
  email: string;
  lastSeenAt: string;
  /** Read with the session when the request names a tenant: null when there is no such tenant. */
  tenantVersion: number | null | undefined;
}

function versionOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
