import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** R24: who, what, when, before and after. `seq` orders events for keyset paging. */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_tenant_seq', ['tenantId', 'seq'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment')
  seq: number;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 40 })
  at: string;

  @Column({ type: 'simple-json' })
  actor: { kind: string; id: string; email?: string };

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 400 })
  target: string;

  @Column({ type: 'simple-json', nullable: true })
  before: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after: object | null;
}
