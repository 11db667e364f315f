import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

export const listMembersSchema = z.object({ q: plainText().max(200).optional(), ...pagingShape }).strict();
export type ListMembersInput = z.output<typeof listMembersSchema>;

export const listMembersInputSchema = listMembersSchema.extend({ tenantId: idSchema, roleId: idSchema });
export const removeMemberInputSchema = z.object({ tenantId: idSchema, roleId: idSchema, principalId: idSchema }).strict();
