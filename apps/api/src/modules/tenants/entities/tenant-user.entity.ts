import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Users holding at least one application or project role in a tenant, with how many: loading a
 * large tenant reads its users from here along the primary key, where gathering them from a
 * million grant rows cost most of a second. Kept by triggers on both grant tables (see the
 * migration that made it), so no code path that writes a grant can forget it.
 */
@Entity({ name: 'tenant_users' })
export class TenantUserEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 200 })
  userId: string;

  @Column({ type: 'integer' })
  grants: number;
}
