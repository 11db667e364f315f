import { z } from 'zod';
import { idSchema, nameSchema, plainText } from '../../../common/validation/common.schema.js';
import { membersBodySchema } from '../../roles/schemas/members-body.schema.js';

export const createProjectSchema = z.object({ name: nameSchema }).strict();
export type CreateProjectInput = z.output<typeof createProjectSchema>;
export const createProjectInputSchema = createProjectSchema.extend({ tenantId: idSchema });

/** The application-role member body plus the project role (R16). */
const projectRoleShape = { role: plainText().min(1).max(40) };
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

export const projectInputSchema = z.object({ tenantId: idSchema, projectId: idSchema }).strict();
