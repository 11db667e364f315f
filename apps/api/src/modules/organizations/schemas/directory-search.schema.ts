import { z } from 'zod';
import { idSchema } from '../../../common/validation/common.schema.js';

export const directorySearchSchema = z.object({ q: z.string().max(200).optional() }).strict();
export type DirectorySearchInput = z.output<typeof directorySearchSchema>;

export const groupMembersInputSchema = z.object({ tenantId: idSchema, groupId: idSchema }).strict();
