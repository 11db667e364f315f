import { z } from 'zod';
import { emailSchema, idSchema, nameSchema } from '../../../common/validation/common.schema.js';

const directoryUserSchema = z.object({ email: emailSchema, name: nameSchema, guest: z.boolean().optional() }).strict();
const directoryGroupSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    email: emailSchema.nullable().optional(),
    members: z.array(emailSchema).max(10_000),
  })
  .strict();

export const replaceDirectorySchema = z.object({ users: z.array(directoryUserSchema).max(10_000), groups: z.array(directoryGroupSchema).max(2_000) }).strict();
export type ReplaceDirectoryInput = z.output<typeof replaceDirectorySchema>;
