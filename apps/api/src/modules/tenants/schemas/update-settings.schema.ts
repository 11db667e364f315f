import { z } from 'zod';
import { productScoped } from '../../../common/contract/ids.schema.js';

export const updateSettingsSchema = z
  .object({
    // Only a product whose configuration lets creation be restricted to administrators has the setting (R16).
    projectCreation: productScoped(z.enum(['project-creators', 'administrators']), {
      valuesOf: (product) => (product.projectCreation.restrictableToAdministrators ? ['project-creators', 'administrators'] : []),
      description: "Who may create projects, where the tenant's product has the setting (`x-product-values`); elsewhere VALIDATION",
    }).optional(),
  })
  .strict();
export type UpdateSettingsInput = z.output<typeof updateSettingsSchema>;
