import { z } from 'zod';
import { addressArraySchema, idSchema } from '../../../common/validation/common.schema.js';

export const notifySchema = z.object({ emails: addressArraySchema({ min: 1, max: 500 }), projectId: idSchema }).strict();
export type NotifyInput = z.output<typeof notifySchema>;
export const notifyInputSchema = notifySchema.extend({ tenantId: idSchema });
