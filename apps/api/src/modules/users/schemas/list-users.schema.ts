import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

export const listUsersSchema = z.object({ email: plainText().trim().toLowerCase().max(320).optional(), ...pagingShape }).strict();
export type ListUsersInput = z.output<typeof listUsersSchema>;

export const listUsersInputSchema = listUsersSchema.extend({ tenantId: idSchema });
