import { z } from 'zod';
import { emailSchema, idSchema, plainText } from '../../../common/validation/common.schema.js';

/** Contract: `{principalId?|email?, permission, projectId?, recordId?}`; none of the two: the caller. */
export const checkSchema = z
  .object({
    principalId: idSchema.optional(),
    email: emailSchema.optional(),
    permission: plainText().min(1).max(120),
    projectId: idSchema.optional(),
    recordId: idSchema.optional(),
  })
  .strict()
  .refine((check) => !(check.principalId && check.email), { message: 'Give principalId or email, not both' });
export type CheckInput = z.output<typeof checkSchema>;

export const checkBatchSchema = z.object({ checks: z.array(checkSchema).min(1).max(1000) }).strict();
export type CheckBatchInput = z.output<typeof checkBatchSchema>;

export const checkInputSchema = z.object({ tenantId: idSchema, check: checkSchema }).strict();
export const checkBatchInputSchema = checkBatchSchema.extend({ tenantId: idSchema });
