import type { TenantChange } from '@loome/roles-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What each committed change did to its tenant, under the version it made: a process holding the
 * tenant at an older version applies the changes after it instead of loading the tenant again.
 * Old rows are pruned; a process further behind than what is kept loads the tenant afresh.
 */
@Entity({ name: 'tenant_changes' })
export class TenantChangeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'simple-json' })
  change: TenantChange;

  @Column({ type: 'varchar', length: 40 })
  at: string;
}
