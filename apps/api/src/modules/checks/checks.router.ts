import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import { checkBatchInputSchema, checkInputSchema } from './schemas/check.schema.js';
import { checkBatchOutputSchema, checkOutputSchema, meOutputSchema } from './schemas/checks.output.js';

export const checksRouter = createRouter({
  check: memberProcedure
    .input(checkInputSchema)
    .output(checkOutputSchema)
    .query(({ ctx, input }) => ctx.services.checks.check({ caller: ctx.caller, tenantId: input.tenantId, check: input.check })),
  batch: memberProcedure
    .input(checkBatchInputSchema)
    .output(checkBatchOutputSchema)
    .query(({ ctx, input }) => ctx.services.checks.batch({ caller: ctx.caller, tenantId: input.tenantId, checks: input.checks })),
});

export const meRouter = createRouter({
  get: memberProcedure
    .input(tenantOnlySchema)
    .output(meOutputSchema)
    .query(({ ctx, input }) => ctx.services.checks.me({ caller: ctx.caller, tenantId: input.tenantId })),
});
