import { z } from 'zod';
import { pagingShape } from '../../../common/paging/cursor.js';
import { projectRoleIdSchema } from '../../../common/contract/ids.schema.js';
import { idSchema, nameSchema, plainText } from '../../../common/validation/common.schema.js';
import { memberQueryShape } from '../../roles/schemas/list-members.schema.js';
import { membersBodySchema } from '../../roles/schemas/members-body.schema.js';

export const createProjectSchema = z.object({ name: nameSchema }).strict();
export type CreateProjectInput = z.output<typeof createProjectSchema>;
export const createProjectInputSchema = createProjectSchema.extend({ tenantId: idSchema });

/** A new name, unique in the tenant whatever its case (issue 17). */
export const renameProjectSchema = z.object({ name: nameSchema }).strict();
export type RenameProjectInput = z.output<typeof renameProjectSchema>;
export const renameProjectInputSchema = renameProjectSchema.extend({ tenantId: idSchema, projectId: idSchema });
export const deleteProjectInputSchema = z.object({ tenantId: idSchema, projectId: idSchema }).strict();

/** The application-role member body plus the project role (R16). */
const projectRoleShape = { role: projectRoleIdSchema };
export const addProjectMembersSchema = membersBodySchema(projectRoleShape);
export type AddProjectMembersInput = z.output<typeof addProjectMembersSchema>;
export const addProjectMembersInputSchema = membersBodySchema({ ...projectRoleShape, tenantId: idSchema, projectId: idSchema });

export const removeProjectMemberQuerySchema = z.object({ role: plainText().min(1).max(40).optional() }).strict();
export type RemoveProjectMemberQuery = z.output<typeof removeProjectMemberQuerySchema>;
export const removeProjectMemberInputSchema = removeProjectMemberQuerySchema.extend({
  tenantId: idSchema,
  projectId: idSchema,
  principalId: idSchema,
});

/**
 * Without `role`: each project role with its member count and first page (`limit`, narrowed by the
 * search and filters). With `role`: that role's members, searched, filtered, sorted and paged like an
 * application role's. A cursor belongs to one role's list, so it needs the role.
 */
const projectMembersQueryShape = { role: plainText().min(1).max(40).optional(), ...memberQueryShape, ...pagingShape };
const cursorNeedsRole = (query: { role?: string; cursor?: string }) => query.cursor === undefined || query.role !== undefined;
const cursorNeedsRoleIssue = { message: 'A cursor pages one role: give its role too', path: ['cursor'] };
export const listProjectMembersSchema = z.object(projectMembersQueryShape).strict().refine(cursorNeedsRole, cursorNeedsRoleIssue);
export type ListProjectMembersQuery = z.output<typeof listProjectMembersSchema>;
export const listProjectMembersInputSchema = z
  .object({ ...projectMembersQueryShape, tenantId: idSchema, projectId: idSchema })
  .strict()
  .refine(cursorNeedsRole, cursorNeedsRoleIssue);
