import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import {
  addProjectMembersInputSchema,
  createProjectInputSchema,
  deleteProjectInputSchema,
  listProjectMembersInputSchema,
  removeProjectMemberInputSchema,
  renameProjectInputSchema,
} from './schemas/project.schema.js';
import {
  addedProjectMembersOutputSchema,
  createdProjectOutputSchema,
  deletedProjectOutputSchema,
  projectListOutputSchema,
  projectMembersOutputSchema,
  removedProjectMemberOutputSchema,
  renamedProjectOutputSchema,
} from './schemas/projects.output.js';

export const projectsRouter = createRouter({
  create: memberProcedure
    .input(createProjectInputSchema)
    .output(createdProjectOutputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.projects.create({ caller: ctx.caller, tenantId, input })),
  rename: memberProcedure
    .input(renameProjectInputSchema)
    .output(renamedProjectOutputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, ...input } }) => ctx.services.projects.rename({ caller: ctx.caller, tenantId, projectId, input })),
  delete: memberProcedure
    .input(deleteProjectInputSchema)
    .output(deletedProjectOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.projects.delete({ caller: ctx.caller, ...input })),
  list: memberProcedure
    .input(tenantOnlySchema)
    .output(projectListOutputSchema)
    .query(({ ctx, input }) => ctx.services.projects.list({ caller: ctx.caller, ...input })),
  members: memberProcedure
    .input(listProjectMembersInputSchema)
    .output(projectMembersOutputSchema)
    .query(({ ctx, input: { tenantId, projectId, ...query } }) => ctx.services.projects.members({ caller: ctx.caller, tenantId, projectId, query })),
  addMembers: memberProcedure
    .input(addProjectMembersInputSchema)
    .output(addedProjectMembersOutputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, ...body } }) => ctx.services.projects.addMembers({ caller: ctx.caller, tenantId, projectId, body })),
  removeMember: memberProcedure
    .input(removeProjectMemberInputSchema)
    .output(removedProjectMemberOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.projects.removeMember({ caller: ctx.caller, ...input })),
});
