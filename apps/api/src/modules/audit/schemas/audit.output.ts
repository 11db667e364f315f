import { z } from 'zod';
import { pageSchema } from '../../../common/contract/output.schema.js';

/** R24: who, what, when, before and after; newest first. */
export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ kind: z.string(), id: z.string(), email: z.string().optional() }),
    action: z.string(),
    target: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });
export const auditPageOutputSchema = pageSchema(auditEventSchema);
