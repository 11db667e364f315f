import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'directory_groups' })
export class DirectoryGroupEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** Lower-case emails, as the directory says now (R7). */
  @Column({ name: 'member_emails', type: 'simple-json' })
  memberEmails: string[];
}
