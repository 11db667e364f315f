import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantSettings } from '@loome/roles-core';

@Entity({ name: 'tenants' })
/** A directory change (PUT or SCIM) finds and locks its organization's tenants by this. */
@Index('idx_tenants_organization', ['organizationId'])
export class TenantEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'product_id', type: 'varchar', length: 40 })
  productId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  @Column({ name: 'role_model', type: 'varchar', length: 10 })
  roleModel: 'current' | 'legacy';

  @Column({ type: 'simple-json' })
  settings: TenantSettings;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt: string;

  /** Bumped by every committed change, with the change recorded under the new number (tenant_changes). */
  @Column({ type: 'integer', default: 0 })
  version: number;
}
