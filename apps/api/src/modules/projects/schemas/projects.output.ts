import { z } from 'zod';
import { listSchema, memberOutcomeSchema, memberPageSchema } from '../../../common/contract/output.schema.js';

export const createdProjectOutputSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'CreatedProject' });
export const renamedProjectOutputSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'RenamedProject' });
/** What went with the project: the preview (`delete-project`) tells the same before it happens. */
export const deletedProjectOutputSchema = z
  .object({
    deleted: z.object({ id: z.string(), name: z.string() }),
    projectRolesRemoved: z.number().int(),
    recordsDeleted: z.number().int(),
    communicationRulesDeleted: z.number().int(),
  })
  .meta({ id: 'DeletedProject' });
export const projectListOutputSchema = listSchema(
  z.object({ id: z.string(), name: z.string(), departmentId: z.string().nullable(), myRoles: z.array(z.string()) }).meta({ id: 'Project' }),
);
const projectRoleMembersSchema = z
  .object({
    project: z.object({ id: z.string(), name: z.string() }),
    roles: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        assignable: z.boolean(),
        permissions: z.array(z.string()),
        memberCount: z.number().int(),
        members: memberPageSchema,
      }),
    ),
  })
  .meta({ id: 'ProjectRoles' });
/** Without `role`: every project role with its first page; with `role`: that role's page. */
export const projectMembersOutputSchema = z.union([projectRoleMembersSchema, memberPageSchema]);
export const addedProjectMembersOutputSchema = memberOutcomeSchema;
export const removedProjectMemberOutputSchema = z.object({
  removed: z.object({ projectId: z.string(), principalId: z.string(), role: z.string().nullable() }),
});
