import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { listUsersInputSchema } from './schemas/list-users.schema.js';

export const usersRouter = createRouter({
  list: permissionProcedure('userManagement').input(listUsersInputSchema).query(({ ctx, input }) => ctx.services.users.list(input)),
});
