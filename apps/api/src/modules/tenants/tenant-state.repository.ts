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

type UserRow = Pick<UserEntity, 'id' | 'email' | 'name' | 'firstSignedInAt'>;

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
    // Grants and users are read as raw rows: hydrating a million entities took seconds.
    const applicationGrants = await manager
      .createQueryBuilder()
      .select('g.principal_id', 'principalId')
      .addSelect('g.kind', 'kind')
      .addSelect('g.role', 'role')
      .from('application_grants', 'g')
      .where('g.tenant_id = :tenantId', { tenantId })
      .getRawMany<Pick<ApplicationGrantEntity, 'principalId' | 'kind' | 'role'>>();
    const projects = await manager.find(ProjectEntity, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const projectGrants = await manager
      .createQueryBuilder()
      .select('g.project_id', 'projectId')
      .addSelect('g.principal_id', 'principalId')
      .addSelect('g.kind', 'kind')
      .addSelect('g.role', 'role')
      .from('project_grants', 'g')
      .where('g.tenant_id = :tenantId', { tenantId })
      .getRawMany<Pick<ProjectGrantEntity, 'projectId' | 'principalId' | 'kind' | 'role'>>();
    const apiKeys = await manager.find(ApiKeyEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    const records = await manager.findBy(RecordEntity, { tenantId });
    const rules = await manager.findBy(CommunicationRuleEntity, { tenantId });
    const legacyGrants = await manager.findBy(LegacyGrantEntity, { tenantId });
    const departments = await manager.findBy(DepartmentEntity, { tenantId });
    const groupIds = new Set([
      ...extraGroupIds,
      ...[...applicationGrants, ...projectGrants].filter((grant) => grant.kind === 'group').map((grant) => grant.principalId),
    ]);
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
          hasSignedIn: user.firstSignedInAt !== null,
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
      applicationGrants: applicationGrants.map(({ principalId, kind, role }) => ({ principalId, kind, role })),
      projects: projects.map(({ id, name, departmentId }) => ({ id, name, departmentId })),
      projectGrants: projectGrants.map(({ projectId, principalId, kind, role }) => ({ projectId, principalId, kind, role })),
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
    const select = () =>
      manager
        .createQueryBuilder()
        .select('u.id', 'id')
        .addSelect('u.email', 'email')
        .addSelect('u.name', 'name')
        .addSelect('u.first_signed_in_at', 'firstSignedInAt')
        .from('users', 'u');
    const granted = await select()
      .where(
        `u.id IN (SELECT principal_id FROM application_grants WHERE tenant_id = :tenantId AND kind = 'user'
          UNION SELECT principal_id FROM project_grants WHERE tenant_id = :tenantId AND kind = 'user'
          UNION SELECT assignee_user_id FROM records WHERE tenant_id = :tenantId
          UNION SELECT user_id FROM legacy_grants WHERE tenant_id = :tenantId)`,
        { tenantId },
      )
      .getRawMany<UserRow>();
    const byId = await inChunks({ values: userIds, read: (ids) => select().where('u.id IN (:...ids)', { ids }).getRawMany<UserRow>() });
    const byEmail = await inChunks({ values: emails, read: (chunk) => select().where('u.email IN (:...chunk)', { chunk }).getRawMany<UserRow>() });
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
