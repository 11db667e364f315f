import { z } from 'zod';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

export const notifySchema = z.object({ emails: z.array(plainText().max(320)).min(1).max(500), projectId: idSchema }).strict();
export type NotifyInput = z.output<typeof notifySchema>;
export const notifyInputSchema = notifySchema.extend({ tenantId: idSchema });
