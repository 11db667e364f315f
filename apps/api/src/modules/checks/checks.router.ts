import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import { checkBatchInputSchema, checkInputSchema } from './schemas/check.schema.js';

export const checksRouter = createRouter({
  check: memberProcedure
    .input(checkInputSchema)
    .query(({ ctx, input }) => ctx.services.checks.check({ caller: ctx.caller, tenantId: input.tenantId, check: input.check })),
  batch: memberProcedure
    .input(checkBatchInputSchema)
    .query(({ ctx, input }) => ctx.services.checks.batch({ caller: ctx.caller, tenantId: input.tenantId, checks: input.checks })),
});

export const meRouter = createRouter({
  get: memberProcedure.input(tenantOnlySchema).query(({ ctx, input }) => ctx.services.checks.me({ caller: ctx.caller, tenantId: input.tenantId })),
});
