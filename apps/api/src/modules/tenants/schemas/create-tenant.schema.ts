import { z } from 'zod';
import { productIdSchema } from '../../../common/contract/ids.schema.js';
import { emailSchema, idSchema, nameSchema } from '../../../common/validation/common.schema.js';

export const createTenantSchema = z
  .object({
    product: productIdSchema,
    name: nameSchema,
    organizationId: idSchema,
    administrators: z.array(emailSchema).min(1).max(100),
    roleModel: z.enum(['current', 'legacy']).optional(),
  })
  .strict();
export type CreateTenantInput = z.output<typeof createTenantSchema>;
