import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure, permissionProcedure } from '../../trpc/trpc.js';
import {
  createDepartmentInputSchema,
  legacyChangeRoleInputSchema,
  legacyInviteInputSchema,
  legacyMigrationInputSchema,
  legacyUserInputSchema,
  setDepartmentMembersInputSchema,
} from './schemas/legacy.schema.js';

export const departmentsRouter = createRouter({
  create: memberProcedure
    .input(createDepartmentInputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.legacy.createDepartment({ caller: ctx.caller, tenantId, input })),
  setMembers: memberProcedure
    .input(setDepartmentMembersInputSchema)
    .mutation(({ ctx, input: { tenantId, departmentId, ...input } }) =>
      ctx.services.legacy.setDepartmentMembers({ caller: ctx.caller, tenantId, departmentId, input }),
    ),
});

const userManagers = permissionProcedure('userManagement');

export const legacyRouter = createRouter({
  users: userManagers.input(tenantOnlySchema).query(({ ctx, input }) => ctx.services.legacy.users(input)),
  invite: userManagers
    .input(legacyInviteInputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.legacy.invite({ caller: ctx.caller, tenantId, input })),
  changeRole: userManagers
    .input(legacyChangeRoleInputSchema)
    .mutation(({ ctx, input: { tenantId, userId, ...input } }) => ctx.services.legacy.changeRole({ caller: ctx.caller, tenantId, userId, input })),
  remove: userManagers.input(legacyUserInputSchema).mutation(({ ctx, input }) => ctx.services.legacy.remove({ caller: ctx.caller, ...input })),
  migrate: userManagers.input(legacyMigrationInputSchema).mutation(({ ctx, input }) => ctx.services.legacy.migrate({ caller: ctx.caller, ...input })),
});
