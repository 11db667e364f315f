import { z } from 'zod';
import { productIdSchema, productScoped } from '../../../common/contract/ids.schema.js';
import { emailSchema, idSchema, nameSchema } from '../../../common/validation/common.schema.js';

export const createTenantSchema = z
  .object({
    product: productIdSchema,
    name: nameSchema,
    organizationId: idSchema,
    administrators: z.array(emailSchema).min(1).max(100),
    roleModel: productScoped(z.enum(['current', 'legacy']), {
      valuesOf: (product) => (product.legacy ? ['current', 'legacy'] : ['current']),
      description: 'The role model: `legacy` for a product whose configuration has one (`x-product-values`); elsewhere VALIDATION',
    }).optional(),
  })
  .strict();
export type CreateTenantInput = z.output<typeof createTenantSchema>;
