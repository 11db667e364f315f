import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A Monitor communication rule that emails users (R17). */
@Entity({ name: 'communication_rules' })
@Index('idx_communication_rules_tenant', ['tenantId'])
export class CommunicationRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 64 })
  projectId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'recipient_user_ids', type: 'simple-json' })
  recipientUserIds: string[];
}
