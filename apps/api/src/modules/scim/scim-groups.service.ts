import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupRecord } from '@loome/roles-core';
import { DataSource, In, type EntityManager } from 'typeorm';
import { newId } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import { DirectoryUserEntity } from '../organizations/entities/directory-user.entity.js';
import { ScimDirectoryWrites } from './scim-directory-writes.js';
import { scimInvalid, scimNotFound } from './scim-error.js';
import { parseEqualityFilter } from './scim-filter.js';
import { groupPatchOf } from './scim-group-patch.js';
import { excludesMembers, groupResource, listResponse } from './scim-resources.js';
import type { ScimActor } from './scim-tokens.js';
import { DEFAULT_COUNT } from './scim-users.service.js';
import type { ScimGetQuery, ScimGroupInput, ScimListQuery, ScimOperation } from './schemas/scim.schema.js';

const GROUP_FILTERS = ['displayName', 'externalId', 'id'] as const;
const FILTER_COLUMNS: Record<(typeof GROUP_FILTERS)[number], string> = { displayName: 'grp.name', externalId: 'grp.external_id', id: 'grp.id' };
const MAX_COUNT = 1_000;

interface Scope {
  organizationId: string;
  base: string;
}

const recordOf = ({ id, name, email, memberEmails }: DirectoryGroupEntity): GroupRecord => ({ id, name, email, memberEmails });

/**
 * SCIM Groups (RFC 7644) over the organization's directory groups. Members are user resource ids
 * on the wire and emails in the directory (R7 reads groups by email); a membership PATCH reads the
 * users it names, never the whole directory.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: ScimDirectoryWrites,
  ) {}

  async list({ organizationId, base, query }: Scope & { query: ScimListQuery }) {
    const builder = this.dataSource.manager.createQueryBuilder(DirectoryGroupEntity, 'grp').where('grp.organization_id = :organizationId', { organizationId });
    if (query.filter !== undefined) {
      const { attribute, value } = parseEqualityFilter({ filter: query.filter, attributes: GROUP_FILTERS });
      builder.andWhere(`${FILTER_COLUMNS[attribute]} = :value`, { value });
    }
    const startIndex = query.startIndex ?? 1;
    const count = Math.min(query.count ?? DEFAULT_COUNT, MAX_COUNT);
    const [groups, total] = await builder
      .orderBy('grp.id', 'ASC')
      .skip(startIndex - 1)
      .take(count)
      .getManyAndCount();
    const withMembers = !excludesMembers(query);
    const resources = [];
    for (const group of count === 0 ? [] : groups)
      resources.push(
        groupResource({ group, members: withMembers ? await this.membersOf({ manager: this.dataSource.manager, organizationId, group }) : null, base }),
      );
    return listResponse({ resources, total, startIndex });
  }

  async get({ organizationId, base, id, query }: Scope & { id: string; query: ScimGetQuery }) {
    const group = await this.find({ manager: this.dataSource.manager, organizationId, id });
    return groupResource({
      group,
      members: excludesMembers(query) ? null : await this.membersOf({ manager: this.dataSource.manager, organizationId, group }),
      base,
    });
  }

  async create({ organizationId, base, actor, input }: Scope & { actor: ScimActor; input: ScimGroupInput }) {
    // A new group holds no role anywhere yet: no tenant changes until one grants it (and reads it then).
    return this.writes.write({
      organizationId,
      actor,
      affects: { kind: 'none' },
      work: async (tx) => {
        const members = await this.emailsOf({ tx, organizationId, ids: (input.members ?? []).map((member) => member.value) });
        const group: DirectoryGroupEntity = {
          organizationId,
          id: newId(),
          name: input.displayName,
          email: null,
          memberEmails: [...new Set(members.values())],
          externalId: input.externalId ?? null,
        };
        await tx.manager.insert(DirectoryGroupEntity, group);
        return {
          result: groupResource({ group, members: [...members].map(([value, email]) => ({ value, display: email })), base }),
          delta: null,
          audit: { action: 'directory.group.created', target: `group:${group.id}`, after: { name: group.name, members: group.memberEmails.length } },
        };
      },
    });
  }

  async replace({ organizationId, base, actor, id, input }: Scope & { actor: ScimActor; id: string; input: ScimGroupInput }) {
    return this.change({
      organizationId,
      base,
      actor,
      id,
      apply: async (tx) => {
        const members = await this.emailsOf({ tx, organizationId, ids: (input.members ?? []).map((member) => member.value) });
        return { name: input.displayName, externalId: input.externalId ?? null, memberEmails: [...new Set(members.values())] };
      },
    });
  }

  async patch({ organizationId, base, actor, id, operations }: Scope & { actor: ScimActor; id: string; operations: readonly ScimOperation[] }) {
    const patch = groupPatchOf({ operations });
    return this.change({
      organizationId,
      base,
      actor,
      id,
      apply: async (tx, group) => {
        const named = await this.emailsOf({ tx, organizationId, ids: [...(patch.replaceMembers ?? []), ...patch.addMembers] });
        const emailOf = (value: string) => named.get(value)!;
        let members = patch.replaceMembers ? patch.replaceMembers.map(emailOf) : patch.removeAllMembers ? [] : [...group.memberEmails];
        // Removing a member that is not there changes nothing (Entra may remove a deleted user's membership after the DELETE).
        const removed = new Set((await this.emailsOf({ tx, organizationId, ids: patch.removeMembers, removing: true })).values());
        if (removed.size > 0) members = members.filter((email) => !removed.has(email));
        const memberEmails = [...new Set([...members, ...patch.addMembers.map(emailOf)])];
        return { name: patch.displayName ?? group.name, externalId: patch.externalId === undefined ? group.externalId : patch.externalId, memberEmails };
      },
      // Entra reads nothing back from a PATCH: answering 204 spares listing a large group's members.
      answer: false,
    });
  }

  async remove({ organizationId, actor, id }: Omit<Scope, 'base'> & { actor: ScimActor; id: string }): Promise<void> {
    const { affects, lockedGroup } = this.affectsHoldersOf({ organizationId, id });
    await this.writes.write({
      organizationId,
      actor,
      affects,
      work: async (tx) => {
        const group = lockedGroup(tx);
        await tx.manager.delete(DirectoryGroupEntity, { organizationId, id });
        return {
          result: undefined,
          delta: { groups: [], removedGroupIds: [id], emails: group.memberEmails },
          audit: { action: 'directory.group.deleted', target: `group:${id}`, before: { name: group.name, members: group.memberEmails.length } },
        };
      },
    });
  }

  private async change({
    organizationId,
    base,
    actor,
    id,
    apply,
    answer = true,
  }: Scope & {
    actor: ScimActor;
    id: string;
    apply: (tx: Tx, group: DirectoryGroupEntity) => Promise<Pick<DirectoryGroupEntity, 'name' | 'externalId' | 'memberEmails'>>;
    answer?: boolean;
  }) {
    const { affects, lockedGroup } = this.affectsHoldersOf({ organizationId, id });
    return this.writes.write({
      organizationId,
      actor,
      affects,
      work: async (tx) => {
        // The group row is locked (see affectsHoldersOf): two membership PATCHes of one group never lose each other's members.
        const before = lockedGroup(tx);
        const next = { ...before, ...(await apply(tx, before)) };
        await tx.manager.update(
          DirectoryGroupEntity,
          { organizationId, id },
          { name: next.name, externalId: next.externalId, memberEmails: next.memberEmails },
        );
        const previous = new Set(before.memberEmails);
        const current = new Set(next.memberEmails);
        const added = next.memberEmails.filter((email) => !previous.has(email));
        const removed = before.memberEmails.filter((email) => !current.has(email));
        const result = answer
          ? groupResource({ group: next, members: await this.membersOf({ manager: tx.manager, organizationId, group: next }), base })
          : null;
        return {
          result,
          // Members alone changed: the tenants take them by member (R7), not the whole group again.
          delta:
            next.name === before.name
              ? { groups: [], groupMembers: [{ groupId: id, added, removed }], removedGroupIds: [], emails: [...added, ...removed] }
              : { groups: [recordOf(next)], removedGroupIds: [], emails: [...added, ...removed] },
          audit: { action: 'directory.group.updated', target: `group:${id}`, before: { name: before.name }, after: { name: next.name, added, removed } },
        };
      },
    });
  }

  /** A change of the group reaches the tenants where it holds a role; its row is locked after theirs, and read once. */
  private affectsHoldersOf({ organizationId, id }: { organizationId: string; id: string }) {
    const locked = new WeakMap<Tx, DirectoryGroupEntity>();
    const lockGroup = async (tx: Tx) => locked.set(tx, await this.find({ manager: tx.manager, organizationId, id, lock: true }));
    return { affects: { kind: 'group' as const, groupId: id, lockGroup }, lockedGroup: (tx: Tx) => locked.get(tx)! };
  }

  private async find({ manager, organizationId, id, lock = false }: { manager: EntityManager; organizationId: string; id: string; lock?: boolean }) {
    const query = manager
      .createQueryBuilder(DirectoryGroupEntity, 'grp')
      .where('grp.organization_id = :organizationId AND grp.id = :id', { organizationId, id });
    const group = await (lock && manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query).getOne();
    if (!group) throw scimNotFound('Group');
    return group;
  }

  /**
   * Member user ids to their emails. Adding an id that is no live user of the organization is
   * refused, and nothing changes; `removing` finds deprovisioned users too and leaves unknown ids out.
   */
  private async emailsOf({
    tx,
    organizationId,
    ids,
    removing = false,
  }: {
    tx: Tx;
    organizationId: string;
    ids: readonly string[];
    removing?: boolean;
  }): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    const found = new Map<string, string>();
    for (let at = 0; at < wanted.length; at += 500) {
      const where = { organizationId, scimId: In(wanted.slice(at, at + 500)), ...(removing ? {} : { deprovisioned: false }) };
      const rows = await tx.manager.find(DirectoryUserEntity, { select: { scimId: true, email: true }, where });
      for (const row of rows) found.set(row.scimId, row.email);
    }
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0 && !removing)
      throw scimInvalid(
        'invalidValue',
        `No user of this organization has the id ${unknown
          .slice(0, 5)
          .map((id) => `"${id}"`)
          .join(', ')}`,
      );
    return found;
  }

  private async membersOf({
    manager,
    organizationId,
    group,
  }: {
    manager: EntityManager;
    organizationId: string;
    group: Pick<DirectoryGroupEntity, 'memberEmails'>;
  }) {
    const members: { value: string; display: string }[] = [];
    for (let at = 0; at < group.memberEmails.length; at += 500) {
      const rows = await manager.find(DirectoryUserEntity, {
        select: { scimId: true, email: true, name: true },
        where: { organizationId, email: In(group.memberEmails.slice(at, at + 500)), deprovisioned: false },
      });
      for (const row of rows) members.push({ value: row.scimId, display: row.name });
    }
    return members;
  }
}
