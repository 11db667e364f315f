import { Injectable } from '@nestjs/common';
import { isLimitedMember, readerOf, referencesOfUser, type AnyProduct, type TenantState, type UserRecord } from '@loome/roles-core';
import { notFound } from '../../common/errors/problem.error.js';
import { pageSorted } from '../../common/paging/page-in-memory.js';
import { InvitationsRepository } from '../invitations/invitations.repository.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import type { ListUsersInput } from './schemas/list-users.schema.js';

/** Everyone the tenant knows: direct roles, groups, project roles, legacy roles, invitations. */
@Injectable()
export class TenantUsersService {
  constructor(
    private readonly contexts: TenantContextService,
    private readonly invitations: InvitationsRepository,
  ) {}

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
    const described = page.items.map((user) => describeUser({ product, state, user }));
    const withInvitations = await this.invitations.lookupFor({ tenantId, members: described });
    return { ...page, items: withInvitations(described) };
  }
}

/** A user's roles read by key from the tenant's indexes (R7: their groups as the directory says now), never by scanning the tenant. */
function describeUser({ product, state, user }: { product: AnyProduct; state: TenantState; user: UserRecord }) {
  const reader = readerOf({ state });
  const groups = reader.groupsOfEmail(user.email);
  const own = <G extends { kind: string }>(grants: readonly G[]) => grants.filter((grant) => grant.kind === 'user');
  const viaGroups = <G extends { kind: string }>(grantsOf: (holderId: string) => readonly G[]) =>
    groups.flatMap((group) =>
      grantsOf(group.id)
        .filter((grant) => grant.kind === 'group')
        .map((grant) => ({ grant, via: { groupId: group.id, groupName: group.name } })),
    );
  return {
    principalId: user.id,
    email: user.email,
    name: user.name,
    status: user.hasSignedIn ? 'User' : 'User Invitation',
    guest: user.guest,
    roles: [
      ...own(reader.applicationGrantsOf(user.id)).map((g) => ({ role: g.role, via: null })),
      ...viaGroups((id) => reader.applicationGrantsOf(id)).map(({ grant, via }) => ({ role: grant.role, via })),
    ],
    projectRoles: [
      ...own(reader.projectGrantsOf(user.id)).map((g) => ({ projectId: g.projectId, role: g.role, via: null })),
      ...viaGroups((id) => reader.projectGrantsOf(id)).map(({ grant, via }) => ({ projectId: grant.projectId, role: grant.role, via })),
    ].concat(limitedMemberRoles({ product, state, userId: user.id })),
    legacyRoles: reader.legacyGrantsOf(user.id).map((g) => g.role),
  };
}

/** R17: Limited Members are derived from references, never stored, so they are listed from those references. */
function limitedMemberRoles({ product, state, userId }: { product: AnyProduct; state: TenantState; userId: string }) {
  const role = product.limitedMembers?.projectRole;
  if (!role) return [];
  const references = referencesOfUser({ product, state, userId });
  const projectIds = new Set([...references.records, ...references.rules].map((reference) => reference.projectId));
  return [...projectIds].filter((projectId) => isLimitedMember({ product, state, userId, projectId })).map((projectId) => ({ projectId, role, via: null }));
}
