import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { idSchema, plainText } from '../../../common/validation/common.schema.js';

/** Search (`q`, name or email), filters by kind and status, and the order: what every member list takes. */
export const memberQueryShape = {
  q: plainText().max(200).optional(),
  kind: z.enum(['user', 'group', 'apiKey']).optional(),
  status: z.enum(['User', 'User Invitation']).optional(),
  sort: z.enum(['name', 'email', 'status']).default('name'),
};

/** A role's members: the member query, paged; a cursor belongs to one order. */
export const listMembersSchema = z.object({ ...memberQueryShape, ...pagingShape }).strict();
export type ListMembersInput = z.output<typeof listMembersSchema>;

export const listMembersInputSchema = listMembersSchema.extend({ tenantId: idSchema, roleId: idSchema });
export const removeMemberInputSchema = z.object({ tenantId: idSchema, roleId: idSchema, principalId: idSchema }).strict();
