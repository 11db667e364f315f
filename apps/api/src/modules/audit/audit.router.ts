import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { listAuditEventsInputSchema } from './schemas/list-audit-events.schema.js';
import { auditPageOutputSchema } from './schemas/audit.output.js';

export const auditRouter = createRouter({
  list: permissionProcedure('userManagement')
    .input(listAuditEventsInputSchema)
    .output(auditPageOutputSchema)
    .query(({ ctx, input }) => ctx.services.audit.list(input)),
});
