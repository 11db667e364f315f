import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrincipalKind } from '@loome/roles-core';

@Entity({ name: 'project_grants' })
// Covers reading a tenant's grants (see its migration); its leading tenant serves tenant-only lookups too.
@Index('idx_project_grants_tenant_principal', ['tenantId', 'principalId', 'kind', 'projectId', 'role'])
export class ProjectGrantEntity {
  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 64 })
  projectId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  role: string;

  @PrimaryColumn({ name: 'principal_id', type: 'varchar', length: 200 })
  principalId: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PrincipalKind;

  @Column({ name: 'granted_at', type: 'varchar', length: 40 })
  grantedAt: string;
}
