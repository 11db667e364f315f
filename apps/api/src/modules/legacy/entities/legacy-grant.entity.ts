import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LegacyRoleId } from '@loome/roles-core';

@Entity({ name: 'legacy_grants' })
export class LegacyGrantEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  role: LegacyRoleId;

  @Column({ name: 'granted_at', type: 'varchar', length: 40 })
  grantedAt: string;
}
