import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApplicationRoleId, PrincipalKind } from '@loome/roles-core';

@Entity({ name: 'application_grants' })
@Index('idx_application_grants_principal', ['principalId'])
@Index('idx_application_grants_tenant_key', ['tenantId', 'role', 'kind', 'principalId'])
export class ApplicationGrantEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  role: ApplicationRoleId;

  @PrimaryColumn({ name: 'principal_id', type: 'varchar', length: 200 })
  principalId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PrincipalKind;

  @Column({ name: 'granted_at', type: 'varchar', length: 40 })
  grantedAt: string;
}
