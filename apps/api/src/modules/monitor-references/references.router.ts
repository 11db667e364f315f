import { tenantOnlySchema } from '../../common/validation/common.schema.js';
import { createRouter, memberProcedure, permissionProcedure } from '../../trpc/trpc.js';
import {
  assignRecordInputSchema,
  createCommunicationRuleInputSchema,
  createRecordInputSchema,
  deleteCommunicationRuleInputSchema,
} from './schemas/references.schema.js';
import { listReferencesInputSchema } from './schemas/list-references.schema.js';
import {
  assignedRecordOutputSchema,
  createdRecordOutputSchema,
  createdRuleOutputSchema,
  deletedRuleOutputSchema,
  limitedMembersOutputSchema,
  recordPageOutputSchema,
  rulePageOutputSchema,
} from './schemas/references.output.js';

export const recordsRouter = createRouter({
  list: memberProcedure
    .input(listReferencesInputSchema)
    .output(recordPageOutputSchema)
    .query(({ ctx, input: { tenantId, projectId, ...paging } }) => ctx.services.references.listRecords({ caller: ctx.caller, tenantId, projectId, paging })),
  create: memberProcedure
    .input(createRecordInputSchema)
    .output(createdRecordOutputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, ...input } }) => ctx.services.references.createRecord({ caller: ctx.caller, tenantId, projectId, input })),
  assign: memberProcedure
    .input(assignRecordInputSchema)
    .output(assignedRecordOutputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, recordId, ...input } }) =>
      ctx.services.references.assignRecord({ caller: ctx.caller, tenantId, projectId, recordId, input }),
    ),
});

export const communicationRulesRouter = createRouter({
  list: memberProcedure
    .input(listReferencesInputSchema)
    .output(rulePageOutputSchema)
    .query(({ ctx, input: { tenantId, projectId, ...paging } }) => ctx.services.references.listRules({ caller: ctx.caller, tenantId, projectId, paging })),
  create: memberProcedure
    .input(createCommunicationRuleInputSchema)
    .output(createdRuleOutputSchema)
    .mutation(({ ctx, input: { tenantId, projectId, ...input } }) => ctx.services.references.createRule({ caller: ctx.caller, tenantId, projectId, input })),
  delete: memberProcedure
    .input(deleteCommunicationRuleInputSchema)
    .output(deletedRuleOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.references.deleteRule({ caller: ctx.caller, ...input })),
});

export const limitedMembersRouter = createRouter({
  list: permissionProcedure('userManagement')
    .input(tenantOnlySchema)
    .output(limitedMembersOutputSchema)
    .query(({ ctx, input }) => ctx.services.references.limitedMembers(input)),
});
