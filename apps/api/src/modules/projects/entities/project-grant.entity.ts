import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrincipalKind } from '@loome/roles-core';

@Entity({ name: 'project_grants' })
// Serves a principal's own grants (removing a member); its leading tenant serves tenant-only lookups too.
@Index('idx_project_grants_tenant_principal', ['tenantId', 'principalId', 'kind', 'projectId', 'role'])
// Covers loading a tenant's grants grouped by project, role and kind (see its migration).
@Index('idx_project_grants_tenant_project', ['tenantId', 'projectId', 'role', 'kind', 'principalId'])
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
