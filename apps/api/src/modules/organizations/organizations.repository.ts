import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import { containsPattern } from '../../database/contains-pattern.js';
import type { Tx } from '../../database/transaction.repository.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { DirectoryGroupEntity } from './entities/directory-group.entity.js';
import { DirectoryUserEntity } from './entities/directory-user.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import type { DirectorySnapshot } from './directory-changes.js';
import type { CreateOrganizationInput } from './schemas/create-organization.schema.js';
import type { ReplaceDirectoryInput } from './schemas/replace-directory.schema.js';

const SEARCH_LIMIT = 25;

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create({ tx, input }: { tx: Tx; input: CreateOrganizationInput }): Promise<OrganizationEntity> {
    const organization = { id: newId(), ...input };
    await tx.manager.insert(OrganizationEntity, organization);
    return organization;
  }

  async find({ organizationId, tx }: { organizationId: string; tx?: Tx }): Promise<OrganizationEntity | null> {
    return (tx?.manager ?? this.dataSource.manager).findOneBy(OrganizationEntity, { id: organizationId });
  }

  /** The directory as the organization's tenants hold it. */
  async snapshot({ tx, organizationId }: { tx: Tx; organizationId: string }): Promise<DirectorySnapshot> {
    // One after another: a transaction is one connection, and pg queues (and will refuse) queries sent to it at once.
    const groups = await tx.manager.findBy(DirectoryGroupEntity, { organizationId });
    const guests = await tx.manager.find(DirectoryUserEntity, { select: { email: true }, where: { organizationId, guest: true } });
    const inactive = await inactiveEmailsOf({ manager: tx.manager, organizationId });
    return {
      groups: groups.map(({ id, name, email, memberEmails }) => ({ id, name, email, memberEmails })),
      guestEmails: new Set(guests.map((guest) => guest.email)),
      inactiveEmails: inactive,
    };
  }

  /** Replaces users and groups; directory users become known global users (never signed in). */
  async replaceDirectory({ tx, organizationId, input }: { tx: Tx; organizationId: string; input: ReplaceDirectoryInput }) {
    const { manager } = tx;
    await manager.delete(DirectoryUserEntity, { organizationId });
    await manager.delete(DirectoryGroupEntity, { organizationId });
    const users = [...new Map(input.users.map((user) => [user.email, user])).values()];
    const groups = [...new Map(input.groups.map((group) => [group.id, group])).values()];
    for (const chunk of chunks(users)) {
      await manager.insert(
        DirectoryUserEntity,
        chunk.map((user) => ({ organizationId, email: user.email, name: user.name, guest: user.guest ?? false, scimId: newId(), userName: user.email })),
      );
    }
    // Everyone the directory names, group members included, gets a global user and so a principalId.
    for (const chunk of chunks(peopleOf({ users, groups }))) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values(chunk.map((person) => ({ id: newId(), email: person.email, name: person.name, firstSignedInAt: null, createdAt: nowIso() })))
        .orIgnore()
        .execute();
    }
    for (const chunk of chunks(groups)) {
      await manager.insert(
        DirectoryGroupEntity,
        chunk.map((group) => ({
          organizationId,
          id: group.id,
          name: group.name,
          email: group.email ?? null,
          memberEmails: [...new Set(group.members)],
          externalId: null,
        })),
      );
    }
    return { users: users.length, groups: groups.length };
  }

  async searchUsers({ organizationId, q }: { organizationId: string; q: string }): Promise<DirectoryUserEntity[]> {
    return (
      this.dataSource.manager
        .createQueryBuilder(DirectoryUserEntity, 'user')
        .where('user.organization_id = :organizationId', { organizationId })
        // Production: a user the directory deactivated or deleted is not offered for new grants.
        .andWhere('user.active = :active AND user.deprovisioned = :deprovisioned', { active: true, deprovisioned: false })
        .andWhere("(LOWER(user.name) LIKE :pattern ESCAPE '\\' OR user.email LIKE :pattern ESCAPE '\\')", { pattern: containsPattern(q) })
        .orderBy('user.name', 'ASC')
        .addOrderBy('user.email', 'ASC')
        .limit(SEARCH_LIMIT)
        .getMany()
    );
  }

  async searchGroups({ organizationId, q }: { organizationId: string; q: string }): Promise<DirectoryGroupEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(DirectoryGroupEntity, 'grp')
      .where('grp.organization_id = :organizationId', { organizationId })
      .andWhere("LOWER(grp.name) LIKE :pattern ESCAPE '\\'", { pattern: containsPattern(q) })
      .orderBy('grp.name', 'ASC')
      .addOrderBy('grp.id', 'ASC')
      .limit(SEARCH_LIMIT)
      .getMany();
  }

  async findGroup({ organizationId, groupId }: { organizationId: string; groupId: string }): Promise<DirectoryGroupEntity | null> {
    return this.dataSource.manager.findOneBy(DirectoryGroupEntity, { organizationId, id: groupId });
  }

  async findUsers({ organizationId, emails }: { organizationId: string; emails: string[] }): Promise<DirectoryUserEntity[]> {
    if (!emails.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(DirectoryUserEntity, 'user')
      .where('user.organization_id = :organizationId', { organizationId })
      .andWhere('user.email IN (:...emails)', { emails })
      .getMany();
  }
}

/** The directory's users, and group members it lists only by email (named by their address). */
function peopleOf({ users, groups }: Pick<ReplaceDirectoryInput, 'users' | 'groups'>): { email: string; name: string }[] {
  const people = new Map(users.map((user) => [user.email, { email: user.email, name: user.name }]));
  for (const email of groups.flatMap((group) => group.members)) {
    if (!people.has(email)) people.set(email, { email, name: email });
  }
  return [...people.values()];
}

function chunks<T>(items: T[], size = 200): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/** Users the organization's directory deactivated or deprovisioned: few, like guests. */
export async function inactiveEmailsOf({ manager, organizationId }: { manager: EntityManager; organizationId: string }): Promise<Set<string>> {
  const rows = await manager
    .createQueryBuilder(DirectoryUserEntity, 'user')
    .select('user.email', 'email')
    .where('user.organization_id = :organizationId', { organizationId })
    .andWhere('(user.active = :inactive OR user.deprovisioned = :deprovisioned)', { inactive: false, deprovisioned: true })
    .getRawMany<{ email: string }>();
  return new Set(rows.map((row) => row.email));
}
