import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../../database/transaction.repository.js';
import { CommunicationRuleEntity } from '../monitor-references/entities/communication-rule.entity.js';
import { RecordEntity } from '../monitor-references/entities/record.entity.js';
import { LegacyGrantEntity } from '../legacy/entities/legacy-grant.entity.js';
import { DirectoryGroupEntity } from '../organizations/entities/directory-group.entity.js';
import { ProjectGrantEntity } from '../projects/entities/project-grant.entity.js';
import { ApplicationGrantEntity } from '../roles/entities/application-grant.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';

@Injectable()
export class TenantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert({ tx, tenant }: { tx: Tx; tenant: TenantEntity }): Promise<void> {
    await tx.manager.insert(TenantEntity, tenant);
  }

  /**
   * Tenants a change spanning several of them (a sign-in, a directory) is about to record a version
   * of, locked in id order so two such changes never wait on each other crosswise.
   */
  async lockForChange({ tx, tenantIds, organizationId }: { tx: Tx; tenantIds?: readonly string[]; organizationId?: string }): Promise<TenantEntity[]> {
    if (tenantIds?.length === 0) return [];
    const query = tx.manager.getRepository(TenantEntity).createQueryBuilder('tenant').orderBy('tenant.id', 'ASC');
    if (tenantIds) query.andWhere('tenant.id IN (:...tenantIds)', { tenantIds });
    if (organizationId !== undefined) query.andWhere('tenant.organization_id = :organizationId', { organizationId });
    return (tx.manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query).getMany();
  }

  async findByIds({ tenantIds }: { tenantIds: string[] }): Promise<TenantEntity[]> {
    if (!tenantIds.length) return [];
    return this.dataSource.manager.find(TenantEntity, { where: { id: In(tenantIds) }, order: { name: 'ASC', id: 'ASC' } });
  }

  async findByName({ name }: { name: string }): Promise<TenantEntity | null> {
    return this.dataSource.manager.findOneBy(TenantEntity, { name });
  }

  /**
   * Tenants where the user could be a member: a grant of theirs, a grant of a group that lists
   * their email, or a Monitor reference. The caller confirms membership against each tenant's state.
   */
  async candidateTenantIds({ userId, email, throughGroups = true }: { userId: string; email: string; throughGroups?: boolean }): Promise<string[]> {
    const manager = this.dataSource.manager;
    const groups = throughGroups
      ? await manager
          .createQueryBuilder(DirectoryGroupEntity, 'grp')
          .where('grp.member_emails LIKE :pattern', { pattern: `%${JSON.stringify(email)}%` })
          .getMany()
      : [];
    const principalIds = [userId, ...groups.map((group) => group.id)];
    const [applicationGrants, projectGrants, legacyGrants, records, rules] = await Promise.all([
      manager.findBy(ApplicationGrantEntity, { principalId: In(principalIds) }),
      manager.findBy(ProjectGrantEntity, { principalId: In(principalIds) }),
      manager.findBy(LegacyGrantEntity, { userId }),
      manager.findBy(RecordEntity, { assigneeUserId: userId }),
      manager
        .createQueryBuilder(CommunicationRuleEntity, 'rule')
        .where('rule.recipient_user_ids LIKE :pattern', { pattern: `%${JSON.stringify(userId)}%` })
        .getMany(),
    ]);
    return [...new Set([...applicationGrants, ...projectGrants, ...legacyGrants, ...records, ...rules].map((row) => row.tenantId))];
  }
}
