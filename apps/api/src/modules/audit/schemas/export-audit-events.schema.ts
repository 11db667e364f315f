import { z } from 'zod';
import { auditFiltersShape, withOrderedRange } from './audit-filters.schema.js';

/** R24: the export takes the log's filters and no paging: it answers every matching event. */
export const exportAuditEventsSchema = withOrderedRange(z.object(auditFiltersShape).strict());
export type ExportAuditEventsInput = z.output<typeof exportAuditEventsSchema>;
