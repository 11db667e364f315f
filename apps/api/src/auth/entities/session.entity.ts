import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in sessions, stored by the SHA-256 of their token. A session ends at `expires_at` (its
 * absolute lifetime) or when `last_seen_at` is older than the idle timeout; `last_seen_at` moves at
 * most about once a minute, so reading a session is not a write.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 40 })
  expiresAt: string;

  @Column({ name: 'last_seen_at', type: 'varchar', length: 40 })
  lastSeenAt: string;

  /** The provider's ID token, kept only as `id_token_hint` for signing out at the provider; never logged. */
  @Column({ name: 'id_token', type: 'text', nullable: true })
  idToken: string | null;
}
