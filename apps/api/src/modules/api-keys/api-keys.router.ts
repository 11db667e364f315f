import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { createApiKeyInputSchema, deleteApiKeyInputSchema } from './schemas/create-api-key.schema.js';
import { listApiKeysInputSchema } from './schemas/list-api-keys.schema.js';
import { apiKeyListOutputSchema, createdApiKeyOutputSchema, deletedApiKeyOutputSchema } from './schemas/api-keys.output.js';

export const apiKeysRouter = createRouter({
  create: permissionProcedure('userManagement')
    .input(createApiKeyInputSchema)
    .output(createdApiKeyOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.apiKeys.create({ caller: ctx.caller, tenantId, input })),
  list: permissionProcedure('userManagement')
    .input(listApiKeysInputSchema)
    .output(apiKeyListOutputSchema)
    .query(({ ctx, input }) => ctx.services.apiKeys.list(input)),
  delete: permissionProcedure('userManagement')
    .input(deleteApiKeyInputSchema)
    .output(deletedApiKeyOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.apiKeys.delete({ caller: ctx.caller, ...input })),
});
