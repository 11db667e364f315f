import { z } from 'zod';
import { deletedSchema, listSchema, pageSchema } from '../../../common/contract/output.schema.js';
import { blockingReferencesSchema } from '../../../common/contract/problem.schema.js';

const personSchema = z.object({ principalId: z.string(), email: z.string(), name: z.string() }).meta({ id: 'Person' });

export const recordPageOutputSchema = pageSchema(
  z.object({ id: z.string(), projectId: z.string(), assignee: personSchema.nullable(), ruleId: z.string().nullable() }).meta({ id: 'Record' }),
);
export const createdRecordOutputSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  assigneeEmail: z.string().nullable(),
  ruleId: z.string().nullable(),
});
export const assignedRecordOutputSchema = z.object({ id: z.string(), projectId: z.string(), assigneeEmail: z.string().nullable() });
export const rulePageOutputSchema = pageSchema(
  z.object({ id: z.string(), name: z.string(), recipients: z.array(personSchema) }).meta({ id: 'CommunicationRule' }),
);
export const createdRuleOutputSchema = z.object({ id: z.string(), projectId: z.string(), name: z.string() });
export const deletedRuleOutputSchema = deletedSchema;
/** R17: each Limited Member with the records and rules that keep them. */
export const limitedMembersOutputSchema = listSchema(
  z
    .object({
      principalId: z.string(),
      email: z.string(),
      name: z.string(),
      status: z.string(),
      project: z.object({ id: z.string(), name: z.string() }),
      references: blockingReferencesSchema,
    })
    .meta({ id: 'LimitedMember' }),
);
