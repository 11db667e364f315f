import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TenantState, UserRecord } from '@loome/roles-core';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Tx } from '../../database/transaction.repository.js';
import { ApiKeyEntity } from '../api-keys/entities/api-key.entity.js';
import { DepartmentEntity } from '../legacy/entities/department.entity.js';
import { LegacyGrantEntity } from '../legacy/entities/legacy-grant.entity.js';
import { CommunicationRuleEntity } from '../monitor-references/entities/communication-rule.entity.js';
import { RecordEntity } from '../monitor-references/entities/record.entity.js';
import { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import { DirectoryUserEntity } from '../organizations/entities/directory-user.entity.js';
import { ProjectGrantEntity } from '../projects/entities/project-grant.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';
import { ApplicationGrantEntity } from '../roles/entities/application-grant.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';
import { readPackedRows } from './packed-rows.js';

/** `firstSignedInAt` is '' until the first sign-in: packed rows carry text only. */
type UserRow = Pick<UserEntity, 'id' | 'email' | 'name'> & { firstSignedInAt: string };

/** Below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters a statement. */
const IN_LIST_CHUNK = 10_000;

async function inChunks<T>({ values, read }: { values: readonly string[]; read: (chunk: string[]) => Promise<T[]> }): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < values.length; start += IN_LIST_CHUNK) {
    for (const row of await read(values.slice(start, start + IN_LIST_CHUNK))) rows.push(row);
  }
  return rows;
}

/** Builds the roles-core `TenantState` of one tenant from the database. */
@Injectable()
export class TenantStateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findTenant({ tenantId, tx }: { tenantId: string; tx?: Tx }): Promise<TenantEntity | null> {
    return this.manager(tx).findOneBy(TenantEntity, { id: tenantId });
  }

  /** `extraGroupIds`: directory groups a request names that may not hold a grant yet. */
  async load({ tenant, tx, extraGroupIds = [] }: { tenant: TenantEntity; tx?: Tx; extraGroupIds?: readonly string[] }): Promise<TenantState> {
    const manager = this.manager(tx);
    const tenantId = tenant.id;
    // One after another: inside a transaction every query shares one connection.
    // Grants and users are read packed: hydrating a million entities or raw rows took seconds.
    const applicationGrants = await readPackedRows<Pick<ApplicationGrantEntity, 'principalId' | 'kind' | 'role'>>({
      manager,
      columns: { principalId: 'g.principal_id', kind: 'g.kind', role: 'g.role' },
      fromWhere: 'FROM application_grants g WHERE g.tenant_id = :tenantId',
      parameters: { tenantId },
    });
    const projects = await manager.find(ProjectEntity, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const projectGrants = await readPackedRows<Pick<ProjectGrantEntity, 'projectId' | 'principalId' | 'kind' | 'role'>>({
      manager,
      columns: { projectId: 'g.project_id', principalId: 'g.principal_id', kind: 'g.kind', role: 'g.role' },
      fromWhere: 'FROM project_grants g WHERE g.tenant_id = :tenantId',
      parameters: { tenantId },
    });
    const apiKeys = await manager.find(ApiKeyEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    const records = await manager.findBy(RecordEntity, { tenantId });
    const rules = await manager.findBy(CommunicationRuleEntity, { tenantId });
    const legacyGrants = await manager.findBy(LegacyGrantEntity, { tenantId });
    const departments = await manager.findBy(DepartmentEntity, { tenantId });
    const groupIds = new Set(extraGroupIds);
    for (const grants of [applicationGrants, projectGrants]) {
      for (const grant of grants) if (grant.kind === 'group') groupIds.add(grant.principalId);
    }
    const groups = await inChunks({
      values: [...groupIds],
      read: (ids) => manager.findBy(DirectoryGroupEntity, { organizationId: tenant.organizationId, id: In(ids) }),
    });
    const users = await this.loadUsers({
      manager,
      tenantId,
      // Rule recipients and department members live in JSON columns the query below cannot see.
      userIds: [...new Set([...rules.flatMap((rule) => rule.recipientUserIds), ...departments.flatMap((department) => department.memberUserIds)])],
      emails: [...new Set(groups.flatMap((group) => group.memberEmails))],
    });
    const guests = await this.loadGuestEmails({ manager, organizationId: tenant.organizationId });
    return {
      tenantId,
      productId: tenant.productId,
      roleModel: tenant.roleModel,
      settings: tenant.settings,
      users: users.map(
        (user): UserRecord => ({
          id: user.id,
          email: user.email,
          name: user.name,
          hasSignedIn: user.firstSignedInAt !== '',
          guest: guests.has(user.email),
        }),
      ),
      groups: groups.map((group) => ({ id: group.id, name: group.name, email: group.email, memberEmails: group.memberEmails })),
      apiKeys: apiKeys.map((key) => ({
        id: key.id,
        description: key.description,
        createdAt: key.createdAt,
        expiresAt: key.expiresAt,
        allowedIps: key.allowedIps,
      })),
      applicationGrants,
      projects: projects.map(({ id, name, departmentId }) => ({ id, name, departmentId })),
      projectGrants,
      records: records.map(({ id, projectId, assigneeUserId }) => ({ id, projectId, assigneeUserId })),
      communicationRules: rules.map(({ id, projectId, name, recipientUserIds }) => ({ id, projectId, name, recipientUserIds })),
      legacyGrants: legacyGrants.map(({ userId, role }) => ({ userId, role })),
      departments: departments.map(({ id, name, memberUserIds }) => ({ id, name, memberUserIds })),
    };
  }

  /**
   * Users holding a grant, a record or a legacy role in the tenant (found by a subquery, so a
   * tenant of any size stays within the databases' limits on bound parameters), plus `userIds`
   * and the users with one of `emails`.
   */
  private async loadUsers({
    manager,
    tenantId,
    userIds,
    emails,
  }: {
    manager: EntityManager;
    tenantId: string;
    userIds: string[];
    emails: string[];
  }): Promise<UserRow[]> {
    const columns = { id: 'u.id', email: 'u.email', name: 'u.name', firstSignedInAt: "COALESCE(u.first_signed_in_at, '')" };
    const read = ({ where, parameters }: { where: string; parameters: Record<string, unknown> }) =>
      readPackedRows<UserRow>({ manager, columns, fromWhere: `FROM users u WHERE ${where}`, parameters });
    const granted = await read({
      where: `u.id IN (SELECT principal_id FROM application_grants WHERE tenant_id = :tenantId AND kind = 'user'
          UNION SELECT principal_id FROM project_grants WHERE tenant_id = :tenantId AND kind = 'user'
          UNION SELECT assignee_user_id FROM records WHERE tenant_id = :tenantId
          UNION SELECT user_id FROM legacy_grants WHERE tenant_id = :tenantId)`,
      parameters: { tenantId },
    });
    const byId = await inChunks({ values: userIds, read: (ids) => read({ where: 'u.id IN (:...ids)', parameters: { ids } }) });
    const byEmail = await inChunks({ values: emails, read: (chunk) => read({ where: 'u.email IN (:...chunk)', parameters: { chunk } }) });
    return [...new Map([...granted, ...byId, ...byEmail].map((user) => [user.id, user])).values()];
  }

  /** Guests are few: every guest of the organization, rather than a list as long as the tenant. */
  private async loadGuestEmails({ manager, organizationId }: { manager: EntityManager; organizationId: string }): Promise<Set<string>> {
    const guests = await manager.find(DirectoryUserEntity, { select: { email: true }, where: { organizationId, guest: true } });
    return new Set(guests.map((guest) => guest.email));
  }

  private manager(tx?: Tx): EntityManager {
    return tx?.manager ?? this.dataSource.manager;
  }
}
