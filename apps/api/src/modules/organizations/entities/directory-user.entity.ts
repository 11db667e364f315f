import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'directory_users' })
export class DirectoryUserEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  /** Lower-case. */
  @PrimaryColumn({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'boolean' })
  guest: boolean;
}
