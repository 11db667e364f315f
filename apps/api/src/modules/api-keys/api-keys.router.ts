import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { createApiKeyInputSchema, deleteApiKeyInputSchema } from './schemas/create-api-key.schema.js';

export const apiKeysRouter = createRouter({
  create: permissionProcedure('userManagement')
    .input(createApiKeyInputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.apiKeys.create({ caller: ctx.caller, tenantId, input })),
  list: permissionProcedure('userManagement').input(tenantOnlySchema).query(({ ctx, input }) => ctx.services.apiKeys.list(input)),
  delete: permissionProcedure('userManagement')
    .input(deleteApiKeyInputSchema)
    .mutation(({ ctx, input }) => ctx.services.apiKeys.delete({ caller: ctx.caller, ...input })),
});
