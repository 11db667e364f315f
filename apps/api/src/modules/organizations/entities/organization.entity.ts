import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'user_lookup', type: 'boolean' })
  userLookup: boolean;

  @Column({ name: 'group_lookup', type: 'boolean' })
  groupLookup: boolean;
}
