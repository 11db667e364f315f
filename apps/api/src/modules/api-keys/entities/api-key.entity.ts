import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Rows are never deleted, so a deleted key's id is never reused (R20). */
@Entity({ name: 'api_keys' })
@Index('idx_api_keys_tenant', ['tenantId'])
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  /** The keyed hash of the secret (`hashApiKeySecret`); the secret itself is shown once and never stored. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64, unique: true })
  secretHash: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 40, nullable: true })
  expiresAt: string | null;

  @Column({ name: 'allowed_ips', type: 'simple-json' })
  allowedIps: string[];

  @Column({ name: 'deleted_at', type: 'varchar', length: 40, nullable: true })
  deletedAt: string | null;

  /** About when the key last signed a request in (to the minute): Remote Access shows it. */
  @Column({ name: 'last_used_at', type: 'varchar', length: 40, nullable: true })
  lastUsedAt: string | null;
}
