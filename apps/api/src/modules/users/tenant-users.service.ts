import { Injectable } from '@nestjs/common';
import { isLimitedMember, referencesOfUser, type AnyProduct, type TenantState, type UserRecord } from '@loome/roles-core';
import { notFound } from '../../common/errors/problem.error.js';
import { pageSorted } from '../../common/paging/page-in-memory.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import type { ListUsersInput } from './schemas/list-users.schema.js';

/** Everyone the tenant knows: direct roles, groups, project roles, legacy roles, invitations. */
@Injectable()
export class TenantUsersService {
  constructor(private readonly contexts: TenantContextService) {}

  async list({ tenantId, email, cursor, limit }: { tenantId: string } & ListUsersInput) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const { state, product } = context;
    const users = state.users
      .filter((user) => !email || user.email.includes(email))
      .filter((user) => context.memberships.has(user.id))
      .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
    // Described after paging: describing reads every grant, which for every user of a big tenant was quadratic.
    const page = pageSorted({ rows: users, cursor, limit, keyOf: (user) => [user.email, user.id] });
    return { ...page, items: page.items.map((user) => describeUser({ product, state, user })) };
  }
}

function describeUser({ product, state, user }: { product: AnyProduct; state: TenantState; user: UserRecord }) {
  const groups = state.groups.filter((group) => group.memberEmails.includes(user.email));
  const groupIds = new Set(groups.map((group) => group.id));
  const groupName = (id: string) => groups.find((group) => group.id === id)?.name ?? id;
  return {
    principalId: user.id,
    email: user.email,
    name: user.name,
    status: user.hasSignedIn ? 'User' : 'User Invitation',
    guest: user.guest,
    roles: [
      ...state.applicationGrants.filter((g) => g.kind === 'user' && g.principalId === user.id).map((g) => ({ role: g.role, via: null })),
      ...state.applicationGrants
        .filter((g) => g.kind === 'group' && groupIds.has(g.principalId))
        .map((g) => ({ role: g.role, via: { groupId: g.principalId, groupName: groupName(g.principalId) } })),
    ],
    projectRoles: state.projectGrants
      .filter((g) => (g.kind === 'user' && g.principalId === user.id) || (g.kind === 'group' && groupIds.has(g.principalId)))
      .map((g) => ({ projectId: g.projectId, role: g.role, via: g.kind === 'group' ? { groupId: g.principalId, groupName: groupName(g.principalId) } : null }))
      .concat(limitedMemberRoles({ product, state, userId: user.id })),
    legacyRoles: state.legacyGrants.filter((g) => g.userId === user.id).map((g) => g.role),
  };
}

/** R17: Limited Members are derived from references, never stored, so they are listed from those references. */
function limitedMemberRoles({ product, state, userId }: { product: AnyProduct; state: TenantState; userId: string }) {
  const role = product.limitedMembers?.projectRole;
  if (!role) return [];
  const references = referencesOfUser({ product, state, userId });
  const projectIds = new Set([...references.records, ...references.rules].map((reference) => reference.projectId));
  return [...projectIds]
    .filter((projectId) => isLimitedMember({ product, state, userId, projectId }))
    .map((projectId) => ({ projectId, role, via: null }));
}
