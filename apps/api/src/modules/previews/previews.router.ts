import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import { previewChangeInputSchema, previewOutputSchema } from './schemas/preview.schema.js';

export const previewsRouter = createRouter({
  preview: memberProcedure
    .input(previewChangeInputSchema)
    .output(previewOutputSchema)
    .query(({ ctx, input }) => ctx.services.previews.preview({ caller: ctx.caller, tenantId: input.tenantId, change: input })),
});
