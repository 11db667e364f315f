import { Injectable } from '@nestjs/common';
import { planDirectorySearch } from '@loome/roles-core';
import { notFound, problemFromRefusal } from '../../common/errors/problem.error.js';
import { actorOf, type SignedInCaller } from '../../auth/caller.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import { OrganizationsRepository } from './organizations.repository.js';

/** R5, R6: directory lookup from a tenant's add screen. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly contexts: TenantContextService,
  ) {}

  async searchUsers({ caller, tenantId, q }: { caller: SignedInCaller; tenantId: string; q?: string }) {
    const { organizationId } = await this.allowedLookup({ caller, tenantId, kind: 'users' });
    const users = await this.organizations.searchUsers({ organizationId, q: q ?? '' });
    return { items: users.map(({ email, name, guest }) => ({ email, name, guest })) };
  }

  async searchGroups({ caller, tenantId, q }: { caller: SignedInCaller; tenantId: string; q?: string }) {
    const { organizationId } = await this.allowedLookup({ caller, tenantId, kind: 'groups' });
    const groups = await this.organizations.searchGroups({ organizationId, q: q ?? '' });
    return { items: groups.map(({ id, name, email, memberEmails }) => ({ id, name, email, memberCount: memberEmails.length })) };
  }

  /** R6: a group's members and its email, where the directory has one. */
  async groupMembers({ caller, tenantId, groupId }: { caller: SignedInCaller; tenantId: string; groupId: string }) {
    const { organizationId } = await this.allowedLookup({ caller, tenantId, kind: 'groups' });
    const group = await this.organizations.findGroup({ organizationId, groupId });
    if (!group) throw notFound('Group');
    const known = await this.organizations.findUsers({ organizationId, emails: group.memberEmails });
    const names = new Map(known.map((user) => [user.email, user.name]));
    return {
      group: { id: group.id, name: group.name, email: group.email },
      members: group.memberEmails.map((email) => ({ email, name: names.get(email) ?? email })),
    };
  }

  private async allowedLookup({
    caller,
    tenantId,
    kind,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    kind: 'users' | 'groups';
  }): Promise<{ organizationId: string }> {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const organization = await this.organizations.find({ organizationId: context.tenant.organizationId });
    if (!organization) throw notFound('Organization');
    const plan = planDirectorySearch({
      product: context.product,
      state: context.state,
      actor: actorOf({ caller }),
      request: { kind, organizationLookup: { users: organization.userLookup, groups: organization.groupLookup } },
    });
    if (!plan.ok) throw problemFromRefusal({ refusal: plan.refusal });
    return { organizationId: organization.id };
  }
}
