import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A bearer token an organization's identity provider provisions its directory with over SCIM; stored only as a hash. */
@Entity({ name: 'scim_tokens' })
@Index('idx_scim_tokens_organization', ['organizationId'])
export class ScimTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64, unique: true })
  secretHash: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 40, nullable: true })
  revokedAt: string | null;
}
