import { z } from 'zod';
import { addressListSchema, idSchema } from '../../../common/validation/common.schema.js';

/** R1, R2: the three kinds of member; users by a semicolon list of emails (parsed by the core). */
function membersBodyVariants<E extends z.ZodRawShape>(extra: E) {
  return [
    // Room for 10,000 addresses in one request (a bulk invitation); the 1 MB body limit still applies.
    z.object({ kind: z.literal('user'), emails: addressListSchema(500_000), ...extra }).strict(),
    z.object({ kind: z.literal('group'), groupIds: z.array(idSchema).min(1).max(500), ...extra }).strict(),
    z.object({ kind: z.literal('apiKey'), apiKeyIds: z.array(idSchema).min(1).max(500), ...extra }).strict(),
  ] as const;
}

export function membersBodySchema<E extends z.ZodRawShape>(extra: E) {
  return z.discriminatedUnion('kind', membersBodyVariants(extra));
}

export const addMembersSchema = membersBodySchema({});
export type AddMembersInput = z.output<typeof addMembersSchema>;

export const addMembersInputSchema = membersBodySchema({ tenantId: idSchema, roleId: idSchema });
