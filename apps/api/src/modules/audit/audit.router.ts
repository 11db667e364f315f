import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { listAuditEventsInputSchema } from './schemas/list-audit-events.schema.js';

export const auditRouter = createRouter({
  list: permissionProcedure('userManagement').input(listAuditEventsInputSchema).query(({ ctx, input }) => ctx.services.audit.list(input)),
});
