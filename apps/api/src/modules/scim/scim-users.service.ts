import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import { emailSchema } from '../../common/validation/common.schema.js';
import type { Tx } from '../../database/transaction.repository.js';
import { DirectoryUserEntity } from '../organizations/entities/directory-user.entity.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { ScimDirectoryWrites } from './scim-directory-writes.js';
import { scimInvalid, scimNotFound, ScimError, toScimError } from './scim-error.js';
import { parseEqualityFilter } from './scim-filter.js';
import { listResponse, userResource, userRowOf, type ScimUserRow } from './scim-resources.js';
import type { ScimActor } from './scim-tokens.js';
import { patchUser } from './scim-user-patch.js';
import { scimUserSchema, type ScimListQuery, type ScimOperation, type ScimUserInput } from './schemas/scim.schema.js';

const USER_FILTERS = ['userName', 'externalId', 'displayName', 'id'] as const;
const FILTER_COLUMNS: Record<(typeof USER_FILTERS)[number], string> = {
  userName: 'user.email',
  externalId: 'user.external_id',
  displayName: 'user.name',
  id: 'user.scim_id',
};
export const DEFAULT_COUNT = 100;
const MAX_COUNT = 1_000;

interface Scope {
  organizationId: string;
  base: string;
}

/** SCIM Users (RFC 7644) over the organization's directory users; a DELETE leaves a deprovisioned tombstone. */
@Injectable()
export class ScimUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: ScimDirectoryWrites,
  ) {}

  async list({ organizationId, base, query }: Scope & { query: ScimListQuery }) {
    const builder = this.visible({ manager: this.dataSource.manager, organizationId });
    if (query.filter !== undefined) {
      const { attribute, value } = parseEqualityFilter({ filter: query.filter, attributes: USER_FILTERS });
      // userName is the email: it compares case-insensitively, as the identity does.
      builder.andWhere(`${FILTER_COLUMNS[attribute]} = :value`, { value: attribute === 'userName' ? value.toLowerCase() : value });
    }
    const startIndex = query.startIndex ?? 1;
    const count = Math.min(query.count ?? DEFAULT_COUNT, MAX_COUNT);
    const [rows, total] = await builder
      .orderBy('user.scim_id', 'ASC')
      .skip(startIndex - 1)
      .take(count)
      .getManyAndCount();
    return listResponse({ resources: count === 0 ? [] : rows.map((row) => userResource({ row, base })), total, startIndex });
  }

  async get({ organizationId, base, id }: Scope & { id: string }) {
    return userResource({ row: await this.find({ manager: this.dataSource.manager, organizationId, id }), base });
  }

  async create({ organizationId, base, actor, input }: Scope & { actor: ScimActor; input: ScimUserInput }) {
    const email = emailOf({ userName: input.userName });
    const row = { ...userRowOf({ input, email }), scimId: newId() };
    // A new, active member of the organization is in no tenant's state yet (tenants hold guest and
    // inactive flags, and group members, which a new user is not): it is inserted without touching
    // any tenant. Its row existing already (a tombstone to revive, or a conflict), or a guest or
    // inactive user, changes what the tenants that know the email hold.
    if (!row.guest && row.active) {
      try {
        return await this.writes.write({
          organizationId,
          actor,
          affects: { kind: 'none' },
          work: async (tx) => {
            await tx.manager.insert(DirectoryUserEntity, { organizationId, ...row, deprovisioned: false });
            await ensureGlobalUser({ tx, email, name: row.name });
            return { result: userResource({ row, base }), delta: null, audit: null };
          },
        });
      } catch (error) {
        if (!(toScimError({ error }).scimType === 'uniqueness')) throw error;
      }
    }
    return this.writes.write({
      organizationId,
      actor,
      affects: { kind: 'organization' },
      work: async (tx) => {
        const existing = await tx.manager.findOneBy(DirectoryUserEntity, { organizationId, email });
        if (existing && !existing.deprovisioned) throw new ScimError(409, `A user with userName "${input.userName}" exists`, 'uniqueness');
        // A deprovisioned tombstone comes back with its grants, under a new resource id (the old one stays deleted).
        if (existing) await tx.manager.update(DirectoryUserEntity, { organizationId, email }, { ...row, deprovisioned: false });
        else await tx.manager.insert(DirectoryUserEntity, { organizationId, ...row, deprovisioned: false });
        await ensureGlobalUser({ tx, email, name: row.name });
        const action = existing ? 'directory.user.revived' : 'directory.user.provisioned';
        return {
          result: userResource({ row, base }),
          delta: { groups: [], removedGroupIds: [], emails: [email] },
          audit: { action, target: `user:${email}`, after: auditView(row) },
        };
      },
    });
  }

  async replace({ organizationId, base, actor, id, input }: Scope & { actor: ScimActor; id: string; input: ScimUserInput }) {
    return this.update({ organizationId, base, actor, id, next: () => input });
  }

  async patch({ organizationId, base, actor, id, operations }: Scope & { actor: ScimActor; id: string; operations: readonly ScimOperation[] }) {
    return this.update({
      organizationId,
      base,
      actor,
      id,
      next: (row) => {
        const { meta: _meta, ...resource } = userResource({ row, base });
        return scimUserSchema.parse(patchUser({ resource, operations }));
      },
    });
  }

  async remove({ organizationId, actor, id }: Omit<Scope, 'base'> & { actor: ScimActor; id: string }): Promise<void> {
    await this.writes.write({
      organizationId,
      actor,
      affects: { kind: 'organization' },
      work: async (tx) => {
        const row = await this.find({ manager: tx.manager, organizationId, id });
        await tx.manager.update(DirectoryUserEntity, { organizationId, email: row.email }, { deprovisioned: true });
        return {
          result: undefined,
          delta: { groups: [], removedGroupIds: [], emails: [row.email] },
          audit: { action: 'directory.user.deprovisioned', target: `user:${row.email}`, before: auditView(row) },
        };
      },
    });
  }

  private async update({ organizationId, base, actor, id, next }: Scope & { actor: ScimActor; id: string; next: (row: DirectoryUserEntity) => ScimUserInput }) {
    return this.writes.write({
      organizationId,
      actor,
      affects: { kind: 'organization' },
      work: async (tx) => {
        const before = await this.find({ manager: tx.manager, organizationId, id });
        const input = next(before);
        const email = emailOf({ userName: input.userName });
        if (email !== before.email)
          throw scimInvalid('mutability', 'userName is the user’s email, their identity here: deprovision the user and provision the new address instead');
        const row = { ...userRowOf({ input, email }), scimId: before.scimId };
        await tx.manager.update(DirectoryUserEntity, { organizationId, email }, row);
        const action =
          before.active && !row.active ? 'directory.user.deactivated' : !before.active && row.active ? 'directory.user.reactivated' : 'directory.user.updated';
        return {
          result: userResource({ row, base }),
          delta: { groups: [], removedGroupIds: [], emails: [email] },
          audit: { action, target: `user:${email}`, before: auditView(before), after: auditView(row) },
        };
      },
    });
  }

  private visible({ manager, organizationId }: { manager: EntityManager; organizationId: string }) {
    return manager
      .createQueryBuilder(DirectoryUserEntity, 'user')
      .where('user.organization_id = :organizationId', { organizationId })
      .andWhere('user.deprovisioned = :deprovisioned', { deprovisioned: false });
  }

  private async find({ manager, organizationId, id }: { manager: EntityManager; organizationId: string; id: string }): Promise<DirectoryUserEntity> {
    const row = await this.visible({ manager, organizationId }).andWhere('user.scim_id = :id', { id }).getOne();
    if (!row) throw scimNotFound('User');
    return row;
  }
}

function emailOf({ userName }: { userName: string }): string {
  const parsed = emailSchema.safeParse(userName);
  if (!parsed.success) throw scimInvalid('invalidValue', 'userName must be the user’s email address (for Entra ID: userPrincipalName or mail)');
  return parsed.data;
}

/** Everyone the directory names has a global user, and so a principalId, as `PUT …/directory` makes them. */
async function ensureGlobalUser({ tx, email, name }: { tx: Tx; email: string; name: string }): Promise<void> {
  await tx.manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values({ id: newId(), email, name, firstSignedInAt: null, createdAt: nowIso() })
    .orIgnore()
    .execute();
}

function auditView(row: Pick<ScimUserRow, 'name' | 'active' | 'guest' | 'externalId'>) {
  return { name: row.name, active: row.active, guest: row.guest, externalId: row.externalId };
}
