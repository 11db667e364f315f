import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TenantState } from '@loome/roles-core';
import { loadedState, type UserColumns } from '@loome/roles-core/loading';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Tx } from '../../database/transaction.repository.js';
import { ApiKeyEntity } from '../api-keys/entities/api-key.entity.js';
import { DepartmentEntity } from '../legacy/entities/department.entity.js';
import { LegacyGrantEntity } from '../legacy/entities/legacy-grant.entity.js';
import { CommunicationRuleEntity } from '../monitor-references/entities/communication-rule.entity.js';
import { RecordEntity } from '../monitor-references/entities/record.entity.js';
import { DirectoryUserEntity } from '../organizations/entities/directory-user.entity.js';
import { inactiveEmailsOf } from '../organizations/organizations.repository.js';
import { ProjectGrantEntity } from '../projects/entities/project-grant.entity.js';
import { ProjectEntity } from '../projects/entities/project.entity.js';
import { ApplicationGrantEntity } from '../roles/entities/application-grant.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';
import { inList } from './in-list.js';
import { groupRecords } from './tenant-changes.repository.js';
import { readPackedColumns, readPackedGroups, type PackedColumns } from './packed-rows.js';

/** `signedIn` is 'y' once the user has signed in, '' before: packed rows carry text only, and the state needs no more than that. */
type UserRow = Pick<UserEntity, 'id' | 'email' | 'name'> & { signedIn: string };

const NO_USERS: PackedColumns<UserRow> = { count: 0, values: { id: [], email: [], name: [], signedIn: [] } };

const USER_COLUMNS = { id: 'u.id', email: 'u.email', name: 'u.name', signedIn: "CASE WHEN u.first_signed_in_at IS NULL THEN '' ELSE 'y' END" };

/**
 * The state's user columns from the reads that found them. Users found by more than one read (by
 * grant, by id, by group member email) count once; when only the first read found any, its
 * columns are the state's as they are. Names and flags are made on first read: the decisions
 * need ids and emails only, and a quarter of a million names cost a load a tenth of its time.
 */
function userColumns({
  found,
  guests,
  inactive,
}: {
  found: readonly PackedColumns<UserRow>[];
  guests: ReadonlySet<string>;
  inactive: ReadonlySet<string>;
}): UserColumns {
  const [first = NO_USERS, ...others] = found;
  const values = others.some((columns) => columns.count > 0) ? distinctUsers({ found }) : first.values;
  let hasSignedIn: boolean[] | undefined;
  let guest: boolean[] | undefined;
  return {
    ids: values.id,
    emails: values.email,
    get names() {
      return values.name;
    },
    get hasSignedIn() {
      return (hasSignedIn ??= values.signedIn.map((flag) => flag !== ''));
    },
    get guest() {
      return (guest ??= guests.size > 0 ? values.email.map((email) => guests.has(email)) : new Array<boolean>(values.id.length).fill(false));
    },
    inactive: inactive.size > 0 ? values.email.map((email) => inactive.has(email)) : undefined,
  };
}

function distinctUsers({ found }: { found: readonly PackedColumns<UserRow>[] }): PackedColumns<UserRow>['values'] {
  const seen = new Set<string>();
  const merged = { id: [] as string[], email: [] as string[], name: [] as string[], signedIn: [] as string[] };
  for (const { count, values } of found) {
    for (let at = 0; at < count; at++) {
      if (seen.has(values.id[at]!)) continue;
      seen.add(values.id[at]!);
      for (const field of ['id', 'email', 'name', 'signedIn'] as const) merged[field].push(values[field][at]!);
    }
  }
  return merged;
}

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
    // Grants are read grouped and users column by column: hydrating a million entities or raw rows took seconds.
    const [applicationGrantGroups, projects, projectGrantGroups, apiKeys, records, rules, legacyGrants, departments, guests, inactive, holders] = await readAll(
      tx,
      [
        () =>
          readPackedGroups<Pick<ApplicationGrantEntity, 'kind' | 'role'>>({
            manager,
            key: { role: 'g.role', kind: 'g.kind' },
            member: 'g.principal_id',
            fromWhere: 'FROM application_grants g WHERE g.tenant_id = :tenantId',
            parameters: { tenantId },
          }),
        () => manager.find(ProjectEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } }),
        () =>
          readPackedGroups<Pick<ProjectGrantEntity, 'projectId' | 'kind' | 'role'>>({
            manager,
            key: { projectId: 'g.project_id', role: 'g.role', kind: 'g.kind' },
            member: 'g.principal_id',
            fromWhere: 'FROM project_grants g WHERE g.tenant_id = :tenantId',
            parameters: { tenantId },
          }),
        () => manager.find(ApiKeyEntity, { where: { tenantId, deletedAt: IsNull() }, order: { createdAt: 'ASC' } }),
        () => manager.findBy(RecordEntity, { tenantId }),
        () => manager.findBy(CommunicationRuleEntity, { tenantId }),
        () => manager.findBy(LegacyGrantEntity, { tenantId }),
        () => manager.findBy(DepartmentEntity, { tenantId }),
        () => this.loadGuestEmails({ manager, organizationId: tenant.organizationId }),
        () => inactiveEmailsOf({ manager, organizationId: tenant.organizationId }),
        () => this.loadGrantHolders({ manager, tenantId }),
      ] as const,
    );
    const groupIds = new Set(extraGroupIds);
    for (const { key, members } of [...applicationGrantGroups, ...projectGrantGroups]) if (key.kind === 'group') for (const id of members) groupIds.add(id);
    const groups = await inChunks({
      values: [...groupIds],
      read: (groupIds) => groupRecords({ manager, organizationId: tenant.organizationId, groupIds }),
    });
    // The few users named outside the grant tables: rule recipients and department members sit in JSON columns no query could join.
    const namedUserIds = new Set<string>();
    for (const record of records) if (record.assigneeUserId !== null) namedUserIds.add(record.assigneeUserId);
    for (const grant of legacyGrants) namedUserIds.add(grant.userId);
    for (const rule of rules) for (const id of rule.recipientUserIds) namedUserIds.add(id);
    for (const department of departments) for (const id of department.memberUserIds) namedUserIds.add(id);
    const [named, byEmail] = await readAll(tx, [
      () => this.loadUsersWhere({ manager, column: 'u.id', values: namedUserIds }),
      () => this.loadUsersWhere({ manager, column: 'u.email', values: new Set(groups.flatMap((group) => group.memberEmails)) }),
    ] as const);
    const state = {
      tenantId,
      productId: tenant.productId,
      roleModel: tenant.roleModel,
      settings: tenant.settings,
      groups,
      apiKeys: apiKeys.map((key) => ({
        id: key.id,
        description: key.description,
        createdAt: key.createdAt,
        expiresAt: key.expiresAt,
        allowedIps: key.allowedIps,
      })),
      projects: projects.map(({ id, name, departmentId }) => ({ id, name, departmentId })),
      records: records.map(({ id, projectId, assigneeUserId, ruleId }) => ({ id, projectId, assigneeUserId, ruleId })),
      communicationRules: rules.map(({ id, projectId, name, recipientUserIds }) => ({ id, projectId, name, recipientUserIds })),
      legacyGrants: legacyGrants.map(({ userId, role }) => ({ userId, role })),
      departments: departments.map(({ id, name, memberUserIds }) => ({ id, name, memberUserIds })),
    };
    // Grants stay grouped and users in columns as read: the decisions compile from those, and the lists are made on first use.
    return loadedState({
      state,
      userColumns: userColumns({ found: [holders, named, byEmail], guests, inactive }),
      grantGroups: {
        application: applicationGrantGroups.map(({ key: { role, kind }, members }) => ({ role, kind, principalIds: members })),
        project: projectGrantGroups.map(({ key: { projectId, role, kind }, members }) => ({ projectId, role, kind, principalIds: members })),
      },
    });
  }

  /**
   * Every user holding a grant of the tenant (kept in `tenant_users` by the grant tables' triggers),
   * in the order of their ids. SQLite's CROSS JOIN keeps the planner reading `tenant_users` first,
   * along its key: holders then arrive sorted, as the grouped grants list them, and interning walks
   * memory in order.
   */
  private async loadGrantHolders({ manager, tenantId }: { manager: EntityManager; tenantId: string }): Promise<PackedColumns<UserRow>> {
    return readPackedColumns<UserRow>({
      manager,
      columns: USER_COLUMNS,
      fromWhere: 'FROM tenant_users t CROSS JOIN users u WHERE t.tenant_id = :tenantId AND u.id = t.user_id',
      parameters: { tenantId },
    });
  }

  /** The users whose `column` (id, or email for group members) is one of `values`. */
  private async loadUsersWhere({
    manager,
    column,
    values,
  }: {
    manager: EntityManager;
    column: string;
    values: ReadonlySet<string>;
  }): Promise<PackedColumns<UserRow>> {
    if (values.size === 0) return NO_USERS;
    const { where, parameters } = inList({ manager, column, name: 'values', values });
    return readPackedColumns<UserRow>({ manager, columns: USER_COLUMNS, fromWhere: `FROM users u WHERE ${where}`, parameters });
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
