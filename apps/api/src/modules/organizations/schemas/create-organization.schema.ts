import { z } from 'zod';
import { nameSchema } from '../../../common/validation/common.schema.js';

export const createOrganizationSchema = z.object({ name: nameSchema, userLookup: z.boolean(), groupLookup: z.boolean() }).strict();
export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;
