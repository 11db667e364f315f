import { z } from 'zod';
import { applicationRoleIdSchema, invitationFieldsShape, legacyRoleIdSchema, listSchema, pageSchema } from '../../../common/contract/output.schema.js';

export const departmentOutputSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Department' });
export const departmentMembersOutputSchema = z.object({ id: z.string(), emails: z.array(z.string()) });
/** R21: each department with who belongs to it, by name and address (what its BI Developers act on). */
export const departmentListOutputSchema = listSchema(
  z
    .object({
      id: z.string(),
      name: z.string(),
      members: z.array(z.object({ principalId: z.string(), email: z.string(), name: z.string() })),
    })
    .meta({ id: 'DepartmentWithMembers' }),
);
/** Manage Users: a page (the whole list when no `limit` was asked) and `total`, how many match on every page. */
export const legacyUsersOutputSchema = pageSchema(
  z
    .object({
      principalId: z.string(),
      email: z.string(),
      name: z.string(),
      status: z.string(),
      roles: z.array(legacyRoleIdSchema),
      departments: z.array(departmentOutputSchema),
      ...invitationFieldsShape,
    })
    .meta({ id: 'LegacyUser' }),
).extend({ total: z.number().int() });
export const legacyInviteOutputSchema = z.object({ email: z.string(), role: legacyRoleIdSchema });
export const legacyChangeRoleOutputSchema = z.object({ userId: z.string(), role: legacyRoleIdSchema });
export const legacyRemoveOutputSchema = z.object({ removed: z.string() });

const permissionChangeSchema = z.object({ permission: z.string(), label: z.string(), projectId: z.string().nullable() });

/** R22: for every user, what they gain and lose; `reportFingerprint` pins the report an apply was shown. */
export const legacyMigrationOutputSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean(),
    report: z.array(
      z.object({
        email: z.string(),
        legacyRoles: z.array(legacyRoleIdSchema),
        applicationRole: applicationRoleIdSchema,
        projectRoles: z.array(z.object({ projectId: z.string(), role: z.string() })),
        gains: z.array(permissionChangeSchema),
        losses: z.array(permissionChangeSchema),
      }),
    ),
    reportFingerprint: z.string(),
    departments: z.array(departmentOutputSchema),
  })
  .meta({ id: 'LegacyMigration' });
