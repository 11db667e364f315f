import { Injectable } from '@nestjs/common';
import type { AuditAction, GroupMembersChange, GroupRecord, TenantChange } from '@loome/roles-core';
import { nowIso } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { AuditEventEntity } from '../audit/entities/audit-event.entity.js';
import { TenantChangesRepository, userRecords, type VersionedTenant } from '../tenants/tenant-changes.repository.js';
import { TenantEntity } from '../tenants/entities/tenant.entity.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';

/** What one directory change did, whether `PUT …/directory` or a SCIM request made it. */
export interface DirectoryDelta {
  /** Groups that are new or differ, as the directory has them now (R7). */
  groups: readonly GroupRecord[];
  removedGroupIds: readonly string[];
  /** Membership changes by member, for groups whose name did not change (a large group's PATCH restates nothing else). */
  groupMembers?: readonly GroupMembersChange[];
  /** People whose records the tenants must take again: changed members, guests, (de)activated users. */
  emails: readonly string[];
}

/** The audit entry each tenant of the organization gets (R24): who changed the directory, and what. */
export interface DirectoryAudit {
  actor: AuditEventEntity['actor'];
  action: AuditAction;
  target: string;
  before?: object | null;
  after?: object | null;
}

export interface RecordedChange {
  tenantId: string;
  version: number;
  change: TenantChange;
}

/**
 * The one piece that turns a directory change into tenant changes: every tenant of the
 * organization records the groups and people that changed (with the users' settled records, so
 * held tenants on every process update without a reload) and an audit event. The caller writes
 * the directory in the same transaction and hands the result to `committedChange` after commit.
 */
@Injectable()
export class DirectoryChangeRecorder {
  constructor(
    private readonly tenants: TenantsRepository,
    private readonly changes: TenantChangesRepository,
  ) {}

  /** Locks the organization's tenants for the change: take it before reading what the change compares against. */
  lockTenants({ tx, organizationId }: { tx: Tx; organizationId: string }): Promise<VersionedTenant[]> {
    return this.tenants.lockForChange({ tx, organizationId });
  }

  /**
   * Locks the tenants of the organization where the group holds a role (application or project):
   * the only ones a change of its members or name affects (R7). Found along the grant tables'
   * principal indexes, in one statement; `except` leaves out tenants the caller already holds.
   */
  async lockTenantsHoldingGroup({
    tx,
    organizationId,
    groupId,
    except = [],
  }: {
    tx: Tx;
    organizationId: string;
    groupId: string;
    except?: readonly string[];
  }): Promise<VersionedTenant[]> {
    const query = tx.manager
      .getRepository(TenantEntity)
      .createQueryBuilder('tenant')
      .where('tenant.organization_id = :organizationId', { organizationId })
      .andWhere(
        `(EXISTS (SELECT 1 FROM application_grants g WHERE g.principal_id = :groupId AND g.tenant_id = tenant.id AND g.kind = 'group')
          OR EXISTS (SELECT 1 FROM project_grants p WHERE p.tenant_id = tenant.id AND p.principal_id = :groupId AND p.kind = 'group'))`,
        { groupId },
      )
      .orderBy('tenant.id', 'ASC');
    if (except.length > 0) query.andWhere('tenant.id NOT IN (:...except)', { except });
    return (tx.manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query).getMany();
  }

  async record({
    tx,
    organizationId,
    tenants,
    delta,
    audit,
  }: {
    tx: Tx;
    organizationId: string;
    tenants: readonly VersionedTenant[];
    delta: DirectoryDelta;
    audit: DirectoryAudit;
  }): Promise<RecordedChange[]> {
    if (tenants.length === 0) return [];
    const users = await userRecords({ manager: tx.manager, organizationId, emails: delta.emails });
    const recorded: RecordedChange[] = [];
    for (const tenant of tenants) {
      const also = { users, groups: delta.groups, removedGroupIds: delta.removedGroupIds, groupMembers: delta.groupMembers };
      recorded.push({ tenantId: tenant.id, ...(await this.changes.record({ tx, tenant, effects: [], also })) });
    }
    const at = nowIso();
    await tx.manager.insert(
      AuditEventEntity,
      tenants.map((tenant) => ({
        tenantId: tenant.id,
        at,
        actor: audit.actor,
        action: audit.action,
        target: audit.target,
        before: audit.before ?? null,
        after: audit.after ?? null,
      })),
    );
    return recorded;
  }
}
