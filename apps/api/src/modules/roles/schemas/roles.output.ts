import { z } from 'zod';
import { memberOutcomeSchema, memberPageSchema, roleModelSchema } from '../../../common/contract/output.schema.js';

/** Each role with its member count and first page of members. */
export const roleListOutputSchema = z.object({
  roleModel: roleModelSchema,
  items: z.array(
    z
      .object({
        id: z.string(),
        label: z.string(),
        description: z.string().nullable(),
        permissions: z.array(z.string()),
        memberCount: z.number().int(),
        members: memberPageSchema,
      })
      .meta({ id: 'Role' }),
  ),
});
export const roleMembersOutputSchema = memberPageSchema;
export const addedMembersOutputSchema = memberOutcomeSchema;
export const removedMemberOutputSchema = z.object({ removed: z.object({ roleId: z.string(), principalId: z.string() }) });
