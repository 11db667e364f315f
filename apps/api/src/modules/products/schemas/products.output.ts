import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '@loome/roles-core';
import { z } from 'zod';
import { applicationRoleIdSchema, legacyRoleIdSchema, listSchema, productIdSchema } from '../../../common/contract/output.schema.js';

/** Product definitions are frozen data: their lists are readonly. */
const strings = z.array(z.string()).readonly();
const labels = z.record(z.string(), z.string());

/** An object with one property per id: every application (legacy) role is always defined. */
function keyed<const Ids extends readonly string[], S extends z.ZodType>(ids: Ids, schema: S) {
  return z.object(Object.fromEntries(ids.map((id) => [id, schema])) as { [K in Ids[number]]: S });
}
const roleDefinitionSchema = z.object({ label: z.string(), description: z.string().optional(), permissions: strings });

/** Each product's configuration as data: roles, permissions, matrices, policies, legacy mapping. */
export const productOutputSchema = z
  .object({
    id: productIdSchema,
    name: z.string(),
    portalPort: z.number().int(),
    permissions: labels,
    projectPermissions: labels,
    applicationRoles: keyed(APPLICATION_ROLE_IDS, roleDefinitionSchema),
    projectRoles: z.record(z.string(), roleDefinitionSchema.extend({ assignable: z.boolean() })),
    userManagementPermission: z.string(),
    projectManagementPermission: z.string(),
    projectCreation: z.object({ permission: z.string(), restrictableToAdministrators: z.boolean() }),
    projectOwnerRole: z.string(),
    projectMembersPermission: z.string(),
    /** The project permission that renames and deletes a project, beside `projectManagementPermission` (issue 17). */
    projectAdministrationPermission: z.string(),
    remoteAccessPermission: z.string().nullable(),
    consumerScope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('tenant') }),
      z.object({ kind: z.literal('assigned-projects'), scopedPermissions: strings }),
      z.object({ kind: z.literal('assigned-records'), scopedPermissions: strings }),
    ]),
    apiKeyPolicy: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('by-role') }),
      z.object({ kind: z.literal('always-administrator') }),
      z.object({ kind: z.literal('administrator-before-cutoff'), cutoff: z.string() }),
    ]),
    limitedMembers: z
      .object({
        projectRole: z.string(),
        writers: z.object({ permission: z.string(), projectPermission: z.string() }),
        references: z.array(z.enum(['record-assignment', 'communication-rule'])).readonly(),
        provisionConsumer: z.boolean(),
      })
      .nullable(),
    lookup: z.object({ users: z.boolean(), groups: z.boolean() }),
    projectNotifications: z.boolean(),
    removingApplicationRoleRemovesFromTenant: z.boolean(),
    legacy: z
      .object({
        extraPermissions: labels,
        roles: keyed(LEGACY_ROLE_IDS, roleDefinitionSchema.extend({ departmentScoped: z.boolean() })),
        userManagementRole: legacyRoleIdSchema,
        mapping: keyed(
          LEGACY_ROLE_IDS,
          z.object({
            applicationRole: applicationRoleIdSchema,
            projectRole: z.string().optional(),
            projects: z.enum(['own-departments', 'all-departments', 'none']),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'Product' });
export const productsOutputSchema = listSchema(productOutputSchema);
