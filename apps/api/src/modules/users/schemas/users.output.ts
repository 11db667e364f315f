import { z } from 'zod';
import { applicationRoleIdSchema, invitationFieldsShape, legacyRoleIdSchema, pageSchema } from '../../../common/contract/output.schema.js';

const viaSchema = z.object({ groupId: z.string(), groupName: z.string() }).nullable();

/** Everyone the tenant knows, with how they hold each role. */
export const tenantUsersOutputSchema = pageSchema(
  z
    .object({
      principalId: z.string(),
      email: z.string(),
      name: z.string(),
      status: z.string(),
      ...invitationFieldsShape,
      guest: z.boolean(),
      roles: z.array(z.object({ role: applicationRoleIdSchema, via: viaSchema })),
      projectRoles: z.array(z.object({ projectId: z.string(), role: z.string(), via: viaSchema })),
      legacyRoles: z.array(legacyRoleIdSchema),
    })
    .meta({ id: 'TenantUser' }),
);
