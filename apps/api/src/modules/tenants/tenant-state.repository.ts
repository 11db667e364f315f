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
    const applicationGrants = await manager.findBy(ApplicationGrantEntity, { tenantId });
    const projects = await manager.find(ProjectEntity, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const projectGrants = await manager.findBy(ProjectGrantEntity, { tenantId });
    const apiKeys = await manager.find(ApiKeyEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    const records = await manager.findBy(RecordEntity, { tenantId });
    const rules = await manager.findBy(CommunicationRuleEntity, { tenantId });
    const legacyGrants = await manager.findBy(LegacyGrantEntity, { tenantId });
    const departments = await manager.findBy(DepartmentEntity, { tenantId });
    const groupIds = new Set([
      ...extraGroupIds,
      ...[...applicationGrants, ...projectGrants].filter((grant) => grant.kind === 'group').map((grant) => grant.principalId),
    ]);
    const groups = groupIds.size
      ? await manager.findBy(DirectoryGroupEntity, { organizationId: tenant.organizationId, id: In([...groupIds]) })
      : [];
    const userIds = new Set<string>([
      ...[...applicationGrants, ...projectGrants].filter((grant) => grant.kind === 'user').map((grant) => grant.principalId),
      ...records.flatMap((record) => (record.assigneeUserId ? [record.assigneeUserId] : [])),
      ...rules.flatMap((rule) => rule.recipientUserIds),
      ...legacyGrants.map((grant) => grant.userId),
      ...departments.flatMap((department) => department.memberUserIds),
    ]);
    const memberEmails = new Set(groups.flatMap((group) => group.memberEmails));
    const users = await this.loadUsers({ manager, userIds: [...userIds], emails: [...memberEmails] });
    const guests = await this.loadGuestEmails({ manager, organizationId: tenant.organizationId, emails: users.map((u) => u.email) });
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

  private async loadUsers({
    manager,
    userIds,
    emails,
  }: {
    manager: EntityManager;
    userIds: string[];
    emails: string[];
  }): Promise<UserEntity[]> {
    const byId = userIds.length ? await manager.findBy(UserEntity, { id: In(userIds) }) : [];
    const byEmail = emails.length ? await manager.findBy(UserEntity, { email: In(emails) }) : [];
    return [...new Map([...byId, ...byEmail].map((user) => [user.id, user])).values()];
  }

  private async loadGuestEmails({
    manager,
    organizationId,
    emails,
  }: {
    manager: EntityManager;
    organizationId: string;
    emails: string[];
  }): Promise<Set<string>> {
    if (!emails.length) return new Set();
    const guests = await manager.findBy(DirectoryUserEntity, { organizationId, email: In(emails), guest: true });
    return new Set(guests.map((guest) => guest.email));
  }

  private manager(tx?: Tx): EntityManager {
    return tx?.manager ?? this.dataSource.manager;
  }
}
