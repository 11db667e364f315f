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
import { inList } from './in-list.js';
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

/**
 * Runs independent reads side by side on the pool's connections (the database works on one
 * while the driver decodes another), or one after another inside a transaction, whose queries
 * all share its single connection.
 */
async function readAll<T extends readonly unknown[]>(tx: Tx | undefined, reads: { readonly [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!tx) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
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
    // Grants and users are read packed: hydrating a million entities or raw rows took seconds.
    const [applicationGrants, projects, projectGrants, apiKeys, records, rules, legacyGrants, departments, guests] = await readAll(tx, [
      () =>
        readPackedRows<Pick<ApplicationGrantEntity, 'principalId' | 'kind' | 'role'>>({
          manager,
          columns: { principalId: 'g.principal_id', kind: 'g.kind', role: 'g.role' },
          shared: ['kind', 'role'],
          fromWhere: 'FROM application_grants g WHERE g.tenant_id = :tenantId',
          parameters: { tenantId },
        }),
      () => manager.find(ProjectEntity, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      () =>
        readPackedRows<Pick<ProjectGrantEntity, 'projectId' | 'principalId' | 'kind' | 'role'>>({
          manager,
          columns: { projectId: 'g.project_id', principalId: 'g.principal_id', kind: 'g.kind', role: 'g.role' },
          shared: ['projectId', 'kind', 'role'],
          fromWhere: 'FROM project_grants g WHERE g.tenant_id = :tenantId',
          parameters: { tenantId },
        }),
      () => manager.find(ApiKeyEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } }),
      () => manager.findBy(RecordEntity, { tenantId }),
      () => manager.findBy(CommunicationRuleEntity, { tenantId }),
      () => manager.findBy(LegacyGrantEntity, { tenantId }),
      () => manager.findBy(DepartmentEntity, { tenantId }),
      () => this.loadGuestEmails({ manager, organizationId: tenant.organizationId }),
    ] as const);
    const groupIds = new Set(extraGroupIds);
    for (const grants of [applicationGrants, projectGrants]) {
      for (const grant of grants) if (grant.kind === 'group') groupIds.add(grant.principalId);
    }
    const groups = await inChunks({
      values: [...groupIds],
      read: (ids) => manager.findBy(DirectoryGroupEntity, { organizationId: tenant.organizationId, id: In(ids) }),
    });
    // Every user the tenant refers to, gathered from the rows above: reading them by id spares
    // the database a union of a million grant rows. Rule recipients and department members sit
    // in JSON columns no query could join.
    const userIds = new Set<string>();
    for (const grants of [applicationGrants, projectGrants]) {
      for (const grant of grants) if (grant.kind === 'user') userIds.add(grant.principalId);
    }
    for (const record of records) if (record.assigneeUserId !== null) userIds.add(record.assigneeUserId);
    for (const grant of legacyGrants) userIds.add(grant.userId);
    for (const rule of rules) for (const id of rule.recipientUserIds) userIds.add(id);
    for (const department of departments) for (const id of department.memberUserIds) userIds.add(id);
    const users = await this.loadUsers({ manager, tx, userIds, emails: new Set(groups.flatMap((group) => group.memberEmails)) });
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

  /** The users with one of `userIds` or one of `emails`. */
  private async loadUsers({
    manager,
    tx,
    userIds,
    emails,
  }: {
    manager: EntityManager;
    tx: Tx | undefined;
    userIds: ReadonlySet<string>;
    emails: ReadonlySet<string>;
  }): Promise<UserRow[]> {
    const columns = { id: 'u.id', email: 'u.email', name: 'u.name', firstSignedInAt: "COALESCE(u.first_signed_in_at, '')" };
    const read = async ({ column, values }: { column: string; values: ReadonlySet<string> }) => {
      if (values.size === 0) return [];
      const { where, parameters } = inList({ manager, column, name: 'values', values });
      return readPackedRows<UserRow>({ manager, columns, fromWhere: `FROM users u WHERE ${where}`, parameters });
    };
    const [byId, byEmail] = await readAll(tx, [() => read({ column: 'u.id', values: userIds }), () => read({ column: 'u.email', values: emails })] as const);
    // Ids are unique, so only the users found by email alone can repeat one found by id.
    for (const user of byEmail) if (!userIds.has(user.id)) byId.push(user);
    return byId;
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
