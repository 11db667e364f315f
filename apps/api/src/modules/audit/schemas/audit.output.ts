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
    names: z.record(z.string(), z.string()).meta({
      description:
        'Display names of what the event refers to (a key that acted, its target, the projects and rules its snapshots name), by reference (`project:<id>`, `apiKey:<id>`…), as they are now; a deleted API key keeps its description',
    }),
  })
  .meta({ id: 'AuditEvent' });
export const auditPageOutputSchema = pageSchema(auditEventSchema);

/** R24: the filtered log as CSV, one event a row, newest first. */
export const auditCsvSchema = z
  .string()
  .meta({ id: 'AuditEventsCsv', description: 'CSV (RFC 4180) with a header row; cells that a spreadsheet would run as a formula start with a quote' });
