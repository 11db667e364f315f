import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailsNamedBy, type Effect, type GroupRecord, type TenantChange, type UserRecord } from '@loome/roles-core';
import { DataSource, In, LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { nowIso } from '../../common/crypto/secrets.js';
import { postgresPool } from '../../database/postgres-pool.js';
import type { Tx } from '../../database/transaction.repository.js';
import { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import { TenantChangeEntity } from './entities/tenant-change.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';
import { inList } from './in-list.js';

/** The channel each committed change is announced on, as `<tenantId> <version>` (see TenantChangeFeed). */
export const TENANT_CHANGES_CHANNEL = 'loome_tenant_changes';
/** Changes kept per tenant: a process further behind than this loads the tenant afresh. */
const KEPT_CHANGES = 1_000;
/** Pruning runs at every this-many versions, not on every write. */
const PRUNE_EVERY = 100;

/** The part of a tenant's row a change is recorded against: the caller holds its lock. */
export type VersionedTenant = Pick<TenantEntity, 'id' | 'organizationId' | 'version'>;

/** Versions and the change record: the one place a tenant's version moves. */
@Injectable()
export class TenantChangesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether other processes may write the same database: PostgreSQL serves several, SQLite one. */
  get isShared(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * Records a change the caller just wrote in its transaction, under the tenant's next version,
   * with the records the database settled: the users the effects name (ids, flags) and the groups
   * they give a role to. `also` adds what was changed outside the effects (sign-in, directory).
   */
  async record({
    tx,
    tenant,
    effects,
    also = {},
  }: {
    tx: Tx;
    tenant: VersionedTenant;
    effects: readonly Effect[];
    also?: Partial<Pick<TenantChange, 'users' | 'groups' | 'removedGroupIds' | 'groupMembers'>>;
  }): Promise<{ version: number; change: TenantChange }> {
    const manager = tx.manager;
    const stateEffects = effects.filter((effect) => effect.type !== 'audit' && effect.type !== 'send-invitation');
    // Shared locks: a SCIM membership change of one of these groups waits for this grant, then finds this tenant holding it.
    const groups = await groupRecords({ manager, organizationId: tenant.organizationId, groupIds: groupsGrantedBy({ effects: stateEffects }), lock: true });
    // A group given a role brings its members, as the tenant's load would find them by email (R7).
    const emails = [...emailsNamedBy({ effects: stateEffects }), ...groups.flatMap((group) => group.memberEmails)];
    const users = await userRecords({ manager, organizationId: tenant.organizationId, emails });
    const change: TenantChange = {
      effects: stateEffects,
      users: uniqueBy([...users, ...(also.users ?? [])], (user) => user.id),
      groups: uniqueBy([...groups, ...(also.groups ?? [])], (group) => group.id),
      removedGroupIds: also.removedGroupIds ?? [],
      ...(also.groupMembers && also.groupMembers.length > 0 ? { groupMembers: also.groupMembers } : {}),
    };
    const version = tenant.version + 1;
    await this.bump({ manager, tenantId: tenant.id, version, change });
    if (version % PRUNE_EVERY === 0) {
      await manager.delete(TenantChangeEntity, { tenantId: tenant.id, version: LessThanOrEqual(version - KEPT_CHANGES) });
    }
    return { version, change };
  }

  /**
   * Moves the version and records the change. On PostgreSQL one statement also announces it to
   * every listening process (`pg_notify` is delivered when the transaction commits, and not at all
   * if it rolls back): a write's round trips are most of its time.
   */
  private async bump({
    manager,
    tenantId,
    version,
    change,
  }: {
    manager: EntityManager;
    tenantId: string;
    version: number;
    change: TenantChange;
  }): Promise<void> {
    const at = nowIso();
    if (this.isShared) {
      await manager.query(
        `WITH "bumped" AS (UPDATE "tenants" SET "version" = $2 WHERE "id" = $1)
         INSERT INTO "tenant_changes" ("tenant_id", "version", "change", "at") SELECT $1, $2, $3, $4 FROM (SELECT pg_notify($5, $1 || ' ' || $2)) AS "announced"`,
        [tenantId, version, JSON.stringify(change), at, TENANT_CHANGES_CHANNEL],
      );
      return;
    }
    await manager.update(TenantEntity, { id: tenantId }, { version });
    const row: TenantChangeEntity = { tenantId, version, change, at };
    // TypeORM's insert type cannot see through the JSON column's effect union (`unknown` audit values).
    await manager.insert(TenantChangeEntity, row as QueryDeepPartialEntity<TenantChangeEntity>);
  }

  /** The tenant's committed version, or null when there is no such tenant: one read by primary key. */
  async versionOf({ tenantId, manager = this.dataSource.manager }: { tenantId: string; manager?: EntityManager }): Promise<number | null> {
    const sql = `SELECT "version" FROM "tenants" WHERE "id" = ${placeholder(manager)}`;
    // The read every request on a shared database makes: straight on the driver's pool, without an ORM query runner around it.
    const pool = manager === this.dataSource.manager && this.isShared ? postgresPool({ dataSource: this.dataSource }) : undefined;
    const rows = pool
      ? (await pool.query<{ version: number }>({ text: sql, values: [tenantId], name: 'tenant-version' })).rows
      : await manager.query<{ version: number }[]>(sql, [tenantId]);
    return rows[0] ? Number(rows[0].version) : null;
  }

  /**
   * The committed version and, in the same round trip, the changes after the version a process
   * holds: a process one change behind catches up without a second read. PostgreSQL only (the
   * shared database); on the driver's pool, as a prepared statement.
   */
  async versionWithChangesAfter({
    tenantId,
    after,
  }: {
    tenantId: string;
    after: number;
  }): Promise<{ version: number | null; changes: { version: number; change: TenantChange }[] }> {
    const { rows } = await postgresPool({ dataSource: this.dataSource }).query<{ version: number; changeVersion: number | null; change: string | null }>({
      name: 'tenant-version-and-changes',
      text: `SELECT t."version", c."version" AS "changeVersion", c."change" FROM "tenants" t
             LEFT JOIN "tenant_changes" c ON c."tenant_id" = t."id" AND c."version" > $2 WHERE t."id" = $1 ORDER BY c."version"`,
      values: [tenantId, after],
    });
    const changes = rows.flatMap((row) =>
      row.changeVersion === null || row.change === null ? [] : [{ version: Number(row.changeVersion), change: JSON.parse(row.change) as TenantChange }],
    );
    return { version: rows[0] ? Number(rows[0].version) : null, changes };
  }

  /** Every recorded change after `version`, oldest first (possibly missing the oldest, if pruned). */
  async changesAfter({ tenantId, version, manager = this.dataSource.manager }: { tenantId: string; version: number; manager?: EntityManager }) {
    return manager.find(TenantChangeEntity, { where: { tenantId, version: MoreThan(version) }, order: { version: 'ASC' } });
  }
}

function placeholder(manager: EntityManager): string {
  return manager.connection.options.type === 'postgres' ? '$1' : '?';
}

function groupsGrantedBy({ effects }: { effects: readonly Effect[] }): string[] {
  const ids = new Set<string>();
  for (const effect of effects) {
    if ((effect.type === 'grant-application-role' || effect.type === 'grant-project-role') && effect.principal.kind === 'group') ids.add(effect.principal.id);
  }
  return [...ids];
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}

/** Users as a tenant of this organization holds them: the stored record, guest (R5) and inactive (Production) from the organization's directory. */
export async function userRecords({
  manager,
  organizationId,
  emails,
}: {
  manager: EntityManager;
  organizationId: string;
  emails: readonly string[];
}): Promise<UserRecord[]> {
  if (emails.length === 0) return [];
  const { where, parameters } = inList({ manager, column: 'u.email', name: 'emails', values: new Set(emails.map((email) => email.toLowerCase())) });
  const rows = await manager
    .createQueryBuilder()
    .select('u.id', 'id')
    .addSelect('u.email', 'email')
    .addSelect('u.name', 'name')
    .addSelect('u.first_signed_in_at', 'signedInAt')
    .addSelect('d.guest', 'guest')
    .addSelect('d.active', 'active')
    .addSelect('d.deprovisioned', 'deprovisioned')
    .from('users', 'u')
    .leftJoin('directory_users', 'd', 'd.organization_id = :organizationId AND d.email = u.email', { organizationId })
    .where(where, parameters)
    .getRawMany<{
      id: string;
      email: string;
      name: string;
      signedInAt: string | null;
      guest: boolean | number | null;
      active: boolean | number | null;
      deprovisioned: boolean | number | null;
    }>();
  return rows.map((row) => {
    const user: UserRecord = { id: row.id, email: row.email, name: row.name, hasSignedIn: row.signedInAt !== null, guest: Boolean(row.guest) };
    // Only a directory row can make a user inactive; a user no directory lists is active.
    if (row.active !== null && (!row.active || Boolean(row.deprovisioned))) user.inactive = true;
    return user;
  });
}

/** Directory groups by id, as the tenant's state holds them. */
export async function groupRecords({
  manager,
  organizationId,
  groupIds,
  lock = false,
}: {
  manager: EntityManager;
  organizationId: string;
  groupIds: readonly string[];
  /** Inside a write on PostgreSQL: hold the rows (FOR SHARE) until commit. */
  lock?: boolean;
}): Promise<GroupRecord[]> {
  if (groupIds.length === 0) return [];
  const shared = lock && manager.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_read' as const } } : {};
  const groups = await manager.find(DirectoryGroupEntity, { where: { organizationId, id: In([...groupIds]) }, ...shared });
  return groups.map(({ id, name, email, memberEmails }) => ({ id, name, email, memberEmails }));
}
