import { z } from 'zod';
import { listSchema } from '../../../common/contract/output.schema.js';

export const organizationOutputSchema = z
  .object({ id: z.string(), name: z.string(), userLookup: z.boolean(), groupLookup: z.boolean() })
  .meta({ id: 'Organization' });
export const replacedDirectoryOutputSchema = z.object({ organizationId: z.string(), users: z.number().int(), groups: z.number().int() });
export const directoryUsersOutputSchema = listSchema(z.object({ email: z.string(), name: z.string(), guest: z.boolean() }).meta({ id: 'DirectoryUser' }));
export const directoryGroupsOutputSchema = listSchema(
  z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), memberCount: z.number().int() }).meta({ id: 'DirectoryGroup' }),
);
export const groupMembersOutputSchema = z.object({
  group: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  members: z.array(z.object({ email: z.string(), name: z.string() })),
});
