import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure } from '../../trpc/trpc.js';
import {
  addProjectMembersInputSchema,
  createProjectInputSchema,
  listProjectMembersInputSchema,
  removeProjectMemberInputSchema,
} from './schemas/project.schema.js';

export const projectsRouter = createRouter({
  create: memberProcedure
    .input(createProjectInputSchema)
    .mutation(({ ctx, input: { tenantId, ...input } }) => ctx.services.projects.create({ caller: ctx.caller, tenantId, input })),
  list: memberProcedure.input(tenantOnlySchema).query(({ ctx, input }) => ctx.services.projects.list({ caller: ctx.caller, ...input })),
  members: memberProcedure
    .input(listProjectMembersInputSchema)
    .query(({ ctx, input: { tenantId, projectId, ...query } }) => ctx.services.projects.members({ caller: ctx.caller, tenantId, projectId, query })),
  addMembers: memberProcedure
    .input(addProjectMembersInputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, ...body } }) =>
      ctx.services.projects.addMembers({ caller: ctx.caller, tenantId, projectId, body }),
    ),
  removeMember: memberProcedure
    .input(removeProjectMemberInputSchema)
    .mutation(({ ctx, input }) => ctx.services.projects.removeMember({ caller: ctx.caller, ...input })),
});
