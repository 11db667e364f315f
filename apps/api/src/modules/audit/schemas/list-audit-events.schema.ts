import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { idSchema } from '../../../common/validation/common.schema.js';

export const listAuditEventsSchema = z.object({ ...pagingShape }).strict();
export type ListAuditEventsInput = z.output<typeof listAuditEventsSchema>;
export const listAuditEventsInputSchema = listAuditEventsSchema.extend({ tenantId: idSchema });
