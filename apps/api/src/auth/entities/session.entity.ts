import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sign-in sessions, stored by the SHA-256 of their token. */
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
}
