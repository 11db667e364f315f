import { Injectable } from '@nestjs/common';
import {
  isLimitedMember,
  planAddProjectMembers,
  planCreateProject,
  planDeleteProject,
  planRemoveProjectMember,
  planRenameProject,
  projectRolesOf,
  referencesOfUser,
  visibleProjectIds,
} from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import { newId } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/problem.error.js';
import { InvitationsRepository } from '../invitations/invitations.repository.js';
import { TenantContextService, type TenantContext } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import { filterAndSortMembers, memberViewOf, pageMembers } from '../roles/member-view.js';
import type { AddProjectMembersInput, CreateProjectInput, ListProjectMembersQuery, RenameProjectInput } from './schemas/project.schema.js';

/** R16, R16a, R17, R19: projects and their members. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
    private readonly invitations: InvitationsRepository,
  ) {}

  async create({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: CreateProjectInput }) {
    const projectId = newId();
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planCreateProject({ product, state, actor: actorOf({ caller }), request: { projectId, name: input.name } }),
      answer: () => ({ id: projectId, name: input.name }),
    });
  }

  /** Issue 17: a new name, unique in the tenant; whoever manages the project may give it. */
  async rename({ caller, tenantId, projectId, input }: { caller: SignedInCaller; tenantId: string; projectId: string; input: RenameProjectInput }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planRenameProject({ product, state, actor: actorOf({ caller }), request: { projectId, name: input.name } }),
      answer: () => ({ id: projectId, name: input.name }),
    });
  }

  /** Issue 17: the project with every role given on it, and in Monitor its records and rules, in one change. */
  async delete({ caller, tenantId, projectId }: { caller: SignedInCaller; tenantId: string; projectId: string }) {
    let name = '';
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: (context) => {
        name = context.state.projects.find((project) => project.id === projectId)?.name ?? '';
        return planProjectDeletion({ caller, projectId })(context);
      },
      answer: ({ effects }) => ({
        deleted: { id: projectId, name },
        projectRolesRemoved: effects.filter((effect) => effect.type === 'revoke-project-role').length,
        recordsDeleted: effects.filter((effect) => effect.type === 'delete-record').length,
        communicationRulesDeleted: effects.filter((effect) => effect.type === 'delete-communication-rule').length,
      }),
    });
  }

  async list({ caller, tenantId }: { caller: SignedInCaller; tenantId: string }) {
    const context = await this.context({ tenantId });
    const principalId = principalIdOf({ caller });
    const visible = visibleProjectIds({ decisions: context.decisions, principalId });
    const projects = context.state.projects.filter((project) => visible === 'all' || visible.has(project.id));
    const myRoles = projectRolesOf({ product: context.product, state: context.state, principalId });
    return { items: projects.map(({ id, name, departmentId }) => ({ id, name, departmentId, myRoles: myRoles.get(id) ?? [] })) };
  }

  /**
   * Each project role with its member count and first page, as application roles list theirs; or,
   * given `role`, one page of that role. Monitor's Limited Members are derived from references.
   */
  async members({ caller, tenantId, projectId, query }: { caller: SignedInCaller; tenantId: string; projectId: string; query: ListProjectMembersQuery }) {
    const context = await this.context({ tenantId });
    const visible = visibleProjectIds({ decisions: context.decisions, principalId: principalIdOf({ caller }) });
    const project = context.state.projects.find((candidate) => candidate.id === projectId);
    if (!project || (visible !== 'all' && !visible.has(projectId))) throw notFound('Project');
    const { product } = context;
    const roleIds = query.role === undefined ? Object.keys(product.projectRoles) : [query.role];
    if (!roleIds.every((roleId) => roleId in product.projectRoles)) throw notFound('Role');
    const roles = roleIds.map((roleId) => ({ roleId, members: this.membersOf({ context, projectId, roleId }) }));
    const { q, kind, status, sort, limit } = query;
    if (query.role !== undefined) {
      const page = pageMembers({ members: roles[0]!.members, q, kind, status, sort, cursor: query.cursor, limit });
      const withInvitations = await this.invitations.lookupFor({ tenantId, members: page.items });
      return { ...page, items: withInvitations(page.items) };
    }
    const pages = roles.map(({ roleId, members }) => ({ roleId, total: members.length, page: pageMembers({ members, q, kind, status, sort, limit }) }));
    const withInvitations = await this.invitations.lookupFor({ tenantId, members: pages.flatMap(({ page }) => page.items) });
    return {
      project: { id: project.id, name: project.name },
      roles: pages.map(({ roleId, total, page }) => {
        const definition = product.projectRoles[roleId]!;
        return {
          id: roleId,
          label: definition.label,
          assignable: definition.assignable,
          permissions: [...definition.permissions],
          memberCount: total,
          members: { ...page, items: withInvitations(page.items) },
        };
      }),
    };
  }

  async addMembers({ caller, tenantId, projectId, body }: { caller: SignedInCaller; tenantId: string; projectId: string; body: AddProjectMembersInput }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      extraGroupIds: body.kind === 'group' ? body.groupIds : [],
      plan: ({ product, state }) => planAddProjectMembers({ product, state, actor: actorOf({ caller }), request: { ...body, projectId } }),
      answer: (planned) => planned.outcome,
    });
  }

  async removeMember({
    caller,
    tenantId,
    projectId,
    principalId,
    role,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    projectId: string;
    principalId: string;
    role?: string;
  }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: planProjectMemberRemoval({ caller, projectId, principalId, role }),
      answer: () => ({ removed: { projectId, principalId, role: role ?? null } }),
    });
  }

  /** One project role's members, sorted: its stored grants, and for the Limited Member role those references keep (R17). */
  private membersOf({ context, projectId, roleId }: { context: TenantContext; projectId: string; roleId: string }) {
    const { state, product } = context;
    const granted = state.projectGrants
      .filter((grant) => grant.projectId === projectId && grant.role === roleId)
      .map((grant) => memberViewOf({ state, principalId: grant.principalId, kind: grant.kind }));
    const derived =
      product.limitedMembers?.projectRole === roleId
        ? state.users
            .filter((user) => isLimitedMember({ product, state, userId: user.id, projectId }))
            .map((user) => ({
              ...memberViewOf({ state, principalId: user.id, kind: 'user' }),
              references: referencesOfUser({ product, state, userId: user.id, projectId }),
            }))
        : [];
    return filterAndSortMembers({ members: [...granted, ...derived] });
  }

  private async context({ tenantId }: { tenantId: string }): Promise<TenantContext> {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    return context;
  }
}

export function principalIdOf({ caller }: { caller: SignedInCaller }): string {
  return caller.kind === 'user' ? caller.userId : caller.apiKeyId;
}

/** The plan of removing a project member, shared by the change and its preview. */
export function planProjectMemberRemoval({
  caller,
  projectId,
  principalId,
  role,
}: {
  caller: SignedInCaller;
  projectId: string;
  principalId: string;
  role?: string;
}) {
  return ({ product, state }: TenantContext) =>
    planRemoveProjectMember({ product, state, actor: actorOf({ caller }), request: { projectId, principalId, role } });
}

/** The plan of deleting a project, shared by the change and its preview. */
export function planProjectDeletion({ caller, projectId }: { caller: SignedInCaller; projectId: string }) {
  return ({ product, state }: TenantContext) => planDeleteProject({ product, state, actor: actorOf({ caller }), request: { projectId } });
}
