import { z } from 'zod';
import { emailSchema, idSchema, nameSchema, plainText } from '../../../common/validation/common.schema.js';

export const createTenantSchema = z
  .object({
    product: plainText().min(1).max(40),
    name: nameSchema,
    organizationId: idSchema,
    administrators: z.array(emailSchema).min(1).max(100),
    roleModel: z.enum(['current', 'legacy']).optional(),
  })
  .strict();
export type CreateTenantInput = z.output<typeof createTenantSchema>;
