import { z } from 'zod';
import { addressArraySchema, emailSchema, idSchema, nameSchema } from '../../../common/validation/common.schema.js';

const assignee = emailSchema.nullable();

/** Contract "Monitor records and rules": `ruleId`, a communication rule of the same project that emails about the record. */
export const createRecordSchema = z.object({ assigneeEmail: assignee.optional(), ruleId: idSchema.nullable().optional() }).strict();
export type CreateRecordInput = z.output<typeof createRecordSchema>;
export const createRecordInputSchema = createRecordSchema.extend({ tenantId: idSchema, projectId: idSchema });

export const assignRecordSchema = z.object({ email: assignee }).strict();
export type AssignRecordInput = z.output<typeof assignRecordSchema>;
export const assignRecordInputSchema = assignRecordSchema.extend({ tenantId: idSchema, projectId: idSchema, recordId: idSchema });

export const createCommunicationRuleSchema = z.object({ name: nameSchema, recipients: addressArraySchema({ min: 1, max: 200 }) }).strict();
export type CreateCommunicationRuleInput = z.output<typeof createCommunicationRuleSchema>;
export const createCommunicationRuleInputSchema = createCommunicationRuleSchema.extend({ tenantId: idSchema, projectId: idSchema });
export const deleteCommunicationRuleInputSchema = z.object({ tenantId: idSchema, projectId: idSchema, ruleId: idSchema }).strict();
