import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A deleted project keeps its row, marked deleted: the audit log still names it and its id is never reused (issue 17). */
@Entity({ name: 'projects' })
@Index('idx_projects_tenant', ['tenantId'])
export class ProjectEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'department_id', type: 'varchar', length: 64, nullable: true })
  departmentId: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  @Column({ name: 'deleted_at', type: 'varchar', length: 40, nullable: true })
  deletedAt: string | null;
}
