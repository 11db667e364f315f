import { z } from 'zod';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

export const directorySearchSchema = z.object({ q: plainText().max(200).optional() }).strict();
export type DirectorySearchInput = z.output<typeof directorySearchSchema>;

export const groupMembersInputSchema = z.object({ tenantId: idSchema, groupId: idSchema }).strict();
