import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'directory_groups' })
@Index('idx_directory_groups_name', ['organizationId', 'name'])
@Index('idx_directory_groups_external_id', ['organizationId', 'externalId'])
export class DirectoryGroupEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  /** Also the group's SCIM resource id. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** Lower-case emails, as the directory says now (R7). */
  @Column({ name: 'member_emails', type: 'simple-json' })
  memberEmails: string[];

  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;
}
