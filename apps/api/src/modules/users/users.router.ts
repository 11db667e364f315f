import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { listUsersInputSchema } from './schemas/list-users.schema.js';
import { tenantUsersOutputSchema } from './schemas/users.output.js';

export const usersRouter = createRouter({
  list: permissionProcedure('userManagement')
    .input(listUsersInputSchema)
    .output(tenantUsersOutputSchema)
    .query(({ ctx, input }) => ctx.services.users.list(input)),
});
