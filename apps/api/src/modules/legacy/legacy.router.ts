import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure, permissionProcedure } from '../../trpc/trpc.js';
import {
  createDepartmentInputSchema,
  legacyChangeRoleInputSchema,
  legacyInviteInputSchema,
  legacyMigrationInputSchema,
  legacyUserInputSchema,
  listLegacyUsersInputSchema,
  setDepartmentMembersInputSchema,
} from './schemas/legacy.schema.js';
import {
  departmentListOutputSchema,
  departmentMembersOutputSchema,
  departmentOutputSchema,
  legacyChangeRoleOutputSchema,
  legacyInviteOutputSchema,
  legacyMigrationOutputSchema,
  legacyRemoveOutputSchema,
  legacyUsersOutputSchema,
} from './schemas/legacy.output.js';

export const departmentsRouter = createRouter({
  list: permissionProcedure('userManagement')
    .input(tenantOnlySchema)
    .output(departmentListOutputSchema)
    .query(({ ctx, input }) => ctx.services.legacy.departments(input)),
  create: memberProcedure
    .input(createDepartmentInputSchema)
    .output(departmentOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.legacy.createDepartment({ caller: ctx.caller, tenantId, input })),
  setMembers: memberProcedure
    .input(setDepartmentMembersInputSchema)
    .output(departmentMembersOutputSchema)
    .mutation(({ ctx, input: { tenantId, departmentId, ...input } }) =>
      ctx.services.legacy.setDepartmentMembers({ caller: ctx.caller, tenantId, departmentId, input }),
    ),
});

const userManagers = permissionProcedure('userManagement');

export const legacyRouter = createRouter({
  users: userManagers
    .input(listLegacyUsersInputSchema)
    .output(legacyUsersOutputSchema)
    .query(({ ctx, input }) => ctx.services.legacy.users(input)),
  invite: userManagers
    .input(legacyInviteInputSchema)
    .output(legacyInviteOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.legacy.invite({ caller: ctx.caller, tenantId, input })),
  changeRole: userManagers
    .input(legacyChangeRoleInputSchema)
    .output(legacyChangeRoleOutputSchema)
    .mutation(({ ctx, input: { tenantId, userId, ...input } }) => ctx.services.legacy.changeRole({ caller: ctx.caller, tenantId, userId, input })),
  remove: userManagers
    .input(legacyUserInputSchema)
    .output(legacyRemoveOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.legacy.remove({ caller: ctx.caller, ...input })),
  migrate: userManagers
    .input(legacyMigrationInputSchema)
    .output(legacyMigrationOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.legacy.migrate({ caller: ctx.caller, ...input })),
});
