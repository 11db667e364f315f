import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import { notifyInputSchema } from './schemas/notify.schema.js';
import { notifyOutputSchema } from './schemas/notifications.output.js';

export const notificationsRouter = createRouter({
  send: memberProcedure
    .input(notifyInputSchema)
    .output(notifyOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.notifications.send({ caller: ctx.caller, tenantId, input })),
});
