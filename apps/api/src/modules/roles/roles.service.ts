import { Injectable } from '@nestjs/common';
import {
  APPLICATION_ROLE_IDS,
  LEGACY_ROLE_IDS,
  isLegacyRoleId,
  planAddApplicationMembers,
  planAddLegacyRoleMembers,
  planRemoveApplicationMember,
  planRemoveLegacyRoleMember,
  type ApplicationRoleId,
  type LegacyMemberOutcome,
  type LegacyRoleId,
  type MemberOutcome,
  type PlanOutcome,
} from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import { notFound } from '../../common/errors/problem.error.js';
import { InvitationsRepository } from '../invitations/invitations.repository.js';
import { TenantContextService, type TenantContext } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import { filterAndSortMembers, memberViewOf, pageMembers, type MemberQuery, type MemberView } from './member-view.js';
import type { AddMembersInput } from './schemas/members-body.schema.js';

const FIRST_PAGE = 50;

const sortedMembers = new WeakMap<TenantContext, Map<string, MemberView[]>>();

/** Application roles (or a legacy tenant's four roles) and their members. */
@Injectable()
export class RolesService {
  constructor(
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
    private readonly invitations: InvitationsRepository,
  ) {}

  /** Each role with its first page of members; pending users with when and by whom they were invited (R3). */
  async listRoles({ tenantId }: { tenantId: string }) {
    const context = await this.context({ tenantId });
    const roles = this.roleIds({ context }).map((roleId) => {
      const members = this.membersOf({ context, roleId });
      return { id: roleId, ...this.definitionOf({ context, roleId }), memberCount: members.length, members: pageMembers({ members, limit: FIRST_PAGE }) };
    });
    const withInvitations = await this.invitations.lookupFor({ tenantId, members: roles.flatMap((role) => role.members.items) });
    return {
      roleModel: context.state.roleModel,
      items: roles.map((role) => ({ ...role, members: { ...role.members, items: withInvitations(role.members.items) } })),
    };
  }

  /** One page of a role's members and `total`, how many match the search and filters (all pages). */
  async listMembers({ tenantId, roleId, ...query }: { tenantId: string; roleId: string } & MemberQuery) {
    const context = await this.context({ tenantId });
    if (!this.roleIds({ context }).includes(roleId)) throw notFound('Role');
    const page = pageMembers({ members: this.membersOf({ context, roleId }), ...query });
    const withInvitations = await this.invitations.lookupFor({ tenantId, members: page.items });
    return { ...page, items: withInvitations(page.items) };
  }

  /** Application roles by the core's planner; a legacy tenant's roles by the legacy planners (R21). */
  async addMembers({ caller, tenantId, roleId, body }: { caller: SignedInCaller; tenantId: string; roleId: string; body: AddMembersInput }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      extraGroupIds: body.kind === 'group' ? body.groupIds : [],
      plan: planRoleMembersAddition({ caller, roleId, body }),
      answer: ({ outcome }) => outcome,
    });
  }

  async removeMember({ caller, tenantId, roleId, principalId }: { caller: SignedInCaller; tenantId: string; roleId: string; principalId: string }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: planRoleMemberRemoval({ caller, roleId, principalId }),
      answer: () => ({ removed: { roleId, principalId } }),
    });
  }

  private async context({ tenantId }: { tenantId: string }): Promise<TenantContext> {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    return context;
  }

  private roleIds({ context }: { context: TenantContext }): string[] {
    return context.state.roleModel === 'legacy' && context.product.legacy ? [...LEGACY_ROLE_IDS] : [...APPLICATION_ROLE_IDS];
  }

  private definitionOf({ context, roleId }: { context: TenantContext; roleId: string }) {
    const { product } = context;
    const legacy = context.state.roleModel === 'legacy' ? product.legacy : null;
    const definition = legacy ? legacy.roles[roleId as (typeof LEGACY_ROLE_IDS)[number]] : product.applicationRoles[roleId as ApplicationRoleId];
    return { label: definition.label, description: definition.description ?? null, permissions: [...definition.permissions] };
  }

  /** Sorted once per context and role: a change to the tenant builds a new context. */
  private membersOf({ context, roleId }: { context: TenantContext; roleId: string }): MemberView[] {
    let byRole = sortedMembers.get(context);
    if (!byRole) {
      byRole = new Map();
      sortedMembers.set(context, byRole);
    }
    let members = byRole.get(roleId);
    if (!members) {
      members = this.sortMembersOf({ context, roleId });
      byRole.set(roleId, members);
    }
    return members;
  }

  private sortMembersOf({ context, roleId }: { context: TenantContext; roleId: string }): MemberView[] {
    const { state } = context;
    const grants =
      state.roleModel === 'legacy' && context.product.legacy
        ? state.legacyGrants.filter((grant) => grant.role === roleId).map((grant) => ({ principalId: grant.userId, kind: 'user' as const }))
        : state.applicationGrants.filter((grant) => grant.role === roleId);
    return filterAndSortMembers({ members: grants.map((grant) => memberViewOf({ state, principalId: grant.principalId, kind: grant.kind })) });
  }
}

/** The plan of adding members to a role, shared by the change and its preview. */
export function planRoleMembersAddition({ caller, roleId, body }: { caller: SignedInCaller; roleId: string; body: AddMembersInput }) {
  const role = knownRole({ roleId });
  return ({ product, state }: TenantContext): PlanOutcome<MemberOutcome | LegacyMemberOutcome> => {
    const actor = actorOf({ caller });
    if (isLegacyRoleId(role)) return planAddLegacyRoleMembers({ product, state, actor, role, body });
    return planAddApplicationMembers({ product, state, actor, request: { ...body, role } });
  };
}

/** The plan of removing one member from a role (R10–R15), shared by the change and its preview. */
export function planRoleMemberRemoval({ caller, roleId, principalId }: { caller: SignedInCaller; roleId: string; principalId: string }) {
  const role = knownRole({ roleId });
  return ({ product, state }: TenantContext) => {
    const actor = actorOf({ caller });
    if (isLegacyRoleId(role)) return planRemoveLegacyRoleMember({ product, state, actor, role, principalId });
    return planRemoveApplicationMember({ product, state, actor, request: { role, principalId } });
  };
}

/** A path role id that is neither an application nor a legacy role is a role that does not exist. */
function knownRole({ roleId }: { roleId: string }): ApplicationRoleId | LegacyRoleId {
  const role = APPLICATION_ROLE_IDS.find((candidate) => candidate === roleId) ?? LEGACY_ROLE_IDS.find((candidate) => candidate === roleId);
  if (!role) throw notFound('Role');
  return role;
}
