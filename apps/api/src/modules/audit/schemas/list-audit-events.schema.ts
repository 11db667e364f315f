import { z } from 'zod';
import { pagingShapeOf } from '../../../common/paging/cursor.js';
import { idSchema } from '../../../common/validation/common.schema.js';
import { auditFiltersShape, withOrderedRange } from './audit-filters.schema.js';

/** The last event's sequence number: a 32-bit integer column on PostgreSQL. */
export const AUDIT_KEY = z.tuple([z.number().int().nonnegative().max(2_147_483_647)]);

const listShape = { ...pagingShapeOf({ key: AUDIT_KEY }), ...auditFiltersShape };

export const listAuditEventsSchema = withOrderedRange(z.object(listShape).strict());
export type ListAuditEventsInput = z.output<typeof listAuditEventsSchema>;
export const listAuditEventsInputSchema = withOrderedRange(z.object({ ...listShape, tenantId: idSchema }).strict());
