import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import { notifyInputSchema } from './schemas/notify.schema.js';

export const notificationsRouter = createRouter({
  send: memberProcedure
    .input(notifyInputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.notifications.send({ caller: ctx.caller, tenantId, input })),
});
