import { z } from 'zod';
import { permissionIdSchema } from '../../../common/contract/ids.schema.js';
import { emailSchema, idSchema } from '../../../common/validation/common.schema.js';

/** Contract: `{principalId?|email?, permission, projectId?, recordId?}`; none of the two: the caller. */
export const checkSchema = z
  .object({
    principalId: idSchema.optional(),
    email: emailSchema.optional(),
    permission: permissionIdSchema,
    projectId: idSchema.optional(),
    recordId: idSchema.optional(),
  })
  .strict()
  .refine((check) => !(check.principalId && check.email), { message: 'Give principalId or email, not both' })
  .meta({
    not: { properties: { principalId: {}, email: {} }, required: ['principalId', 'email'] },
    description: 'Whom to check: `principalId` or `email`, not both; neither: the caller',
  });
export type CheckInput = z.output<typeof checkSchema>;

export const checkBatchSchema = z.object({ checks: z.array(checkSchema).min(1).max(1000) }).strict();
export type CheckBatchInput = z.output<typeof checkBatchSchema>;

export const checkInputSchema = z.object({ tenantId: idSchema, check: checkSchema }).strict();
export const checkBatchInputSchema = checkBatchSchema.extend({ tenantId: idSchema });
