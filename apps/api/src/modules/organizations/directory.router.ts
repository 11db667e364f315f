import { idSchema } from '../../common/validation/common.schema.js';
import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { directorySearchSchema, groupMembersInputSchema } from './schemas/directory-search.schema.js';
import { directoryGroupsOutputSchema, directoryUsersOutputSchema, groupMembersOutputSchema } from './schemas/organizations.output.js';

const searchInput = directorySearchSchema.extend({ tenantId: idSchema });

export const directoryRouter = createRouter({
  searchUsers: permissionProcedure('userManagement')
    .input(searchInput)
    .output(directoryUsersOutputSchema)
    .query(({ ctx, input }) => ctx.services.directory.searchUsers({ caller: ctx.caller, ...input })),
  searchGroups: permissionProcedure('userManagement')
    .input(searchInput)
    .output(directoryGroupsOutputSchema)
    .query(({ ctx, input }) => ctx.services.directory.searchGroups({ caller: ctx.caller, ...input })),
  groupMembers: permissionProcedure('userManagement')
    .input(groupMembersInputSchema)
    .output(groupMembersOutputSchema)
    .query(({ ctx, input }) => ctx.services.directory.groupMembers({ caller: ctx.caller, ...input })),
});
