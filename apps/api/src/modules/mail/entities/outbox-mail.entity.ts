import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Mail written in the same transaction as the change and delivered after commit. */
@Entity({ name: 'outbox_mail' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('increment')
  seq: number;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  to: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  @Column({ name: 'sent_at', type: 'varchar', length: 40, nullable: true })
  sentAt: string | null;
}
