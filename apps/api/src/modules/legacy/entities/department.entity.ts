import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'departments' })
@Index('idx_departments_tenant', ['tenantId'])
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'member_user_ids', type: 'simple-json' })
  memberUserIds: string[];
}
