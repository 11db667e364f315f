import { Injectable } from '@nestjs/common';
import {
  planCreateDepartment,
  planLegacyChangeRole,
  planLegacyInvite,
  planLegacyMigration,
  planLegacyRemove,
  planSetDepartmentMembers,
  readerOf,
  type MigrationReportEntry,
  type PlanOutcome,
  type TenantState,
} from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import { newId } from '../../common/crypto/secrets.js';
import { notFound, problemFromRefusal } from '../../common/errors/problem.error.js';
import { InvitationsRepository } from '../invitations/invitations.repository.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import { reportFingerprint } from './report-fingerprint.js';
import { filterAndSortMembers, pageMembers } from '../roles/member-view.js';
import type {
  CreateDepartmentInput,
  LegacyChangeRoleInput,
  LegacyInviteInput,
  ListLegacyUsersInput,
  SetDepartmentMembersInput,
} from './schemas/legacy.schema.js';

/** R15, R21, R22: the legacy four-role model, its departments and the migration. */
@Injectable()
export class LegacyService {
  constructor(
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
    private readonly invitations: InvitationsRepository,
  ) {}

  /**
   * Manage Users: everyone holding a legacy role, with their departments, and when and by whom each
   * pending one was invited (R3); searched, filtered and in the asked order, one page when `limit` is given.
   */
  async users({ tenantId, role, limit, ...query }: { tenantId: string } & ListLegacyUsersInput) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const { state } = context;
    // Each user's roles and departments by key from the tenant's indexes, never by scanning the tenant per user.
    const reader = readerOf({ state });
    const userIds = [...new Set(state.legacyGrants.filter((grant) => !role || grant.role === role).map((grant) => grant.userId))];
    const members = userIds.flatMap((userId) => {
      const user = reader.userById(userId);
      if (!user) return [];
      return [
        {
          principalId: user.id,
          kind: 'user' as const,
          email: user.email,
          name: user.name,
          status: user.hasSignedIn ? ('User' as const) : ('User Invitation' as const),
          roles: reader.legacyGrantsOf(userId).map((grant) => grant.role),
          departments: reader.departmentsOf(userId).map(({ id, name }) => ({ id, name })),
        },
      ];
    });
    const page = pageMembers({ members: filterAndSortMembers({ members }), ...query, limit: limit ?? Number.POSITIVE_INFINITY });
    const withInvitations = await this.invitations.lookupFor({ tenantId, members: page.items });
    // `kind` only served the shared paging (every row is a user); the list answers its own fields.
    const items = withInvitations(page.items).map(({ principalId, email, name, status, roles, departments, invitedAt, invitedBy }) => ({
      principalId,
      email,
      name,
      status,
      roles,
      departments,
      invitedAt,
      invitedBy,
    }));
    return { ...page, items };
  }

  /**
   * R21: the departments and who belongs to them. A tenant on the current model has none: its
   * departments became projects when it migrated (R22).
   */
  async departments({ tenantId }: { tenantId: string }) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const { state } = context;
    if (state.roleModel !== 'legacy') return { items: [] };
    const reader = readerOf({ state });
    const items = state.departments.map(({ id, name, memberUserIds }) => ({
      id,
      name,
      members: memberUserIds.flatMap((userId) => {
        const user = reader.userById(userId);
        return user ? [{ principalId: user.id, email: user.email, name: user.name }] : [];
      }),
    }));
    return { items: items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)) };
  }

  invite({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: LegacyInviteInput }) {
    return this.run({
      caller,
      tenantId,
      result: { email: input.email.toLowerCase(), role: input.role },
      plan: (base) => planLegacyInvite({ ...base, request: input }),
    });
  }

  changeRole({ caller, tenantId, userId, input }: { caller: SignedInCaller; tenantId: string; userId: string; input: LegacyChangeRoleInput }) {
    return this.run({
      caller,
      tenantId,
      result: { userId, role: input.role },
      plan: (base) => planLegacyChangeRole({ ...base, request: { userId, role: input.role } }),
    });
  }

  remove({ caller, tenantId, userId }: { caller: SignedInCaller; tenantId: string; userId: string }) {
    return this.run({ caller, tenantId, result: { removed: userId }, plan: (base) => planLegacyRemove({ ...base, request: { userId } }) });
  }

  createDepartment({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: CreateDepartmentInput }) {
    const departmentId = newId();
    return this.run({
      caller,
      tenantId,
      result: { id: departmentId, name: input.name },
      plan: (base) => planCreateDepartment({ ...base, request: { departmentId, name: input.name } }),
    });
  }

  setDepartmentMembers({
    caller,
    tenantId,
    departmentId,
    input,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    departmentId: string;
    input: SetDepartmentMembersInput;
  }) {
    return this.run({
      caller,
      tenantId,
      result: { id: departmentId, emails: input.emails.map((email) => email.toLowerCase()) },
      plan: (base) => planSetDepartmentMembers({ ...base, request: { departmentId, emails: input.emails } }),
    });
  }

  /** R22: a dry run reads the state as it is; applying runs in one locked transaction. */
  async migrate({
    caller,
    tenantId,
    dryRun,
    expectedReport,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    dryRun: boolean;
    expectedReport?: string | undefined;
  }) {
    if (dryRun) {
      const context = await this.contexts.get({ tenantId });
      if (!context) throw notFound('Tenant');
      const planned = planLegacyMigration({ product: context.product, state: context.state, actor: actorOf({ caller }), dryRun: true });
      if (!planned.ok) throw problemFromRefusal({ refusal: planned.refusal });
      const { report } = planned;
      return { dryRun: true, applied: false, report, reportFingerprint: reportFingerprint({ report }), departments: departmentsOf({ state: context.state }) };
    }
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }): PlanOutcome<{ report: MigrationReportEntry[]; reportFingerprint: string; departments: { id: string; name: string }[] }> => {
        const planned = planLegacyMigration({ product, state, actor: actorOf({ caller }), dryRun: false });
        if (!planned.ok) return planned;
        const fingerprint = reportFingerprint({ report: planned.report });
        if (expectedReport !== undefined && fingerprint !== expectedReport) {
          return { ok: false, refusal: { code: 'CONFLICT', message: 'Access has changed since that dry run: review the dry run again before applying.' } };
        }
        return {
          ok: true,
          effects: planned.effects,
          outcome: { report: planned.report, reportFingerprint: fingerprint, departments: departmentsOf({ state }) },
        };
      },
      answer: ({ outcome }) => ({ dryRun: false, applied: true, ...outcome }),
    });
  }

  private run<T>({
    caller,
    tenantId,
    result,
    plan,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    result: T;
    plan: (base: Parameters<typeof planLegacyRemove>[0] extends infer I ? Omit<I & object, 'request'> : never) => ReturnType<typeof planLegacyRemove>;
  }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => plan({ product, state, actor: actorOf({ caller }) }),
      answer: () => result,
    });
  }
}

/** The departments the migration turns into projects, with the ids the report names them by (R22). */
function departmentsOf({ state }: { state: TenantState }): { id: string; name: string }[] {
  return state.departments.map(({ id, name }) => ({ id, name }));
}
