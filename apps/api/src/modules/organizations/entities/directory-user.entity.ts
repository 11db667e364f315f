import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person of an organization's directory, kept by `PUT …/directory` or over SCIM. A SCIM DELETE
 * keeps the row as a deprovisioned tombstone: the user's grants stay stored and they are denied
 * everything until a later POST of the same userName revives them.
 */
@Entity({ name: 'directory_users' })
@Index('idx_directory_users_scim_id', ['organizationId', 'scimId'], { unique: true })
@Index('idx_directory_users_external_id', ['organizationId', 'externalId'])
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

  /** The SCIM resource id: stable while the row lives; a revived tombstone gets a new one. */
  @Column({ name: 'scim_id', type: 'varchar', length: 64 })
  scimId: string;

  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  /** `false`: deactivated by the directory (denied everything, grants kept). */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Deleted over SCIM: invisible to SCIM and lookup, denied everything, grants kept. */
  @Column({ type: 'boolean', default: false })
  deprovisioned: boolean;

  /** The userName as the provider sent it (the email is its lower-case form). */
  @Column({ name: 'user_name', type: 'varchar', length: 320, nullable: true })
  userName: string | null;

  @Column({ name: 'user_type', type: 'varchar', length: 64, nullable: true })
  userType: string | null;

  /** The other SCIM attributes the provider keeps here (name parts, emails, enterprise extension), as it sent them. */
  @Column({ name: 'scim_attributes', type: 'simple-json', nullable: true })
  scimAttributes: object | null;
}
