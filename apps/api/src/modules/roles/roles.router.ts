import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure, permissionProcedure } from '../../trpc/trpc.js';
import { listMembersInputSchema, removeMemberInputSchema } from './schemas/list-members.schema.js';
import { addMembersInputSchema } from './schemas/members-body.schema.js';
import { addedMembersOutputSchema, removedMemberOutputSchema, roleListOutputSchema, roleMembersOutputSchema } from './schemas/roles.output.js';

export const rolesRouter = createRouter({
  list: memberProcedure
    .input(tenantOnlySchema)
    .output(roleListOutputSchema)
    .query(({ ctx, input }) => ctx.services.roles.listRoles({ tenantId: input.tenantId })),
  members: memberProcedure
    .input(listMembersInputSchema)
    .output(roleMembersOutputSchema)
    .query(({ ctx, input }) => ctx.services.roles.listMembers(input)),
  addMembers: permissionProcedure('userManagement')
    .input(addMembersInputSchema)
    .output(addedMembersOutputSchema)
    .mutation(({ ctx, input: { tenantId, roleId, ...body } }) => ctx.services.roles.addMembers({ caller: ctx.caller, tenantId, roleId, body })),
  removeMember: permissionProcedure('userManagement')
    .input(removeMemberInputSchema)
    .output(removedMemberOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.roles.removeMember({ caller: ctx.caller, ...input })),
});
