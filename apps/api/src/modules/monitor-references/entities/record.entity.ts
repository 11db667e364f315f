import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A Monitor results row (R17, R19). */
@Entity({ name: 'records' })
@Index('idx_records_tenant', ['tenantId'])
export class RecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 64 })
  projectId: string;

  @Column({ name: 'assignee_user_id', type: 'varchar', length: 64, nullable: true })
  assigneeUserId: string | null;

  /** The communication rule of its project that emails about it, if any (Contract "Monitor records and rules"). */
  @Column({ name: 'rule_id', type: 'varchar', length: 64, nullable: true })
  ruleId: string | null;
}
