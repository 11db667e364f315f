import { z } from 'zod';
import { listSchema, productIdSchema, roleModelSchema } from '../../../common/contract/output.schema.js';

export const createdTenantOutputSchema = z
  .object({
    id: z.string(),
    product: productIdSchema,
    name: z.string(),
    organizationId: z.string(),
    roleModel: roleModelSchema,
    administrators: z.array(z.string()),
  })
  .meta({ id: 'CreatedTenant' });
export const myTenantsOutputSchema = listSchema(
  z
    .object({ id: z.string(), name: z.string(), product: z.object({ id: productIdSchema, name: z.string() }), roleModel: roleModelSchema })
    .meta({ id: 'Tenant' }),
);
export const settingsOutputSchema = z.object({ settings: z.object({ projectCreation: z.enum(['project-creators', 'administrators']) }) });
