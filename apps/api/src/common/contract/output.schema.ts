import { z } from 'zod';
import { applicationRoleIdSchema, legacyRoleIdSchema, productIdSchema } from './ids.schema.js';
import { blockingReferencesSchema } from './problem.schema.js';

/**
 * Building blocks of the output schemas: what several routes answer with. Outputs are plain
 * (non-strict) objects: tRPC's `.output()` parses with them and the OpenAPI document and the
 * generated client are built from them.
 */
export { applicationRoleIdSchema, legacyRoleIdSchema, productIdSchema };
export const roleModelSchema = z.enum(['current', 'legacy']);
export const principalKindSchema = z.enum(['user', 'group', 'apiKey']);

/** `{items, nextCursor}`: a list paged with an opaque cursor (Contract *Paging*). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A list answered whole. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** The inviter as people read them: a user's name and email, or an API key's description. */
export const inviterSchema = z.object({ kind: z.enum(['user', 'apiKey']), name: z.string(), email: z.string().nullable() }).meta({ id: 'Inviter' });

/**
 * When and by whom a pending user was invited (R3); both null for anyone who is not a pending
 * user, and for an invitation made before invitations were recorded (unknown).
 */
export const invitationFieldsShape = {
  invitedAt: z.string().nullable(),
  invitedBy: inviterSchema.nullable(),
};

/** How a principal is shown in a role's member list; `status` only for users (R3, R4). */
export const memberViewSchema = z
  .object({
    principalId: z.string(),
    kind: principalKindSchema,
    email: z.string().nullable(),
    name: z.string(),
    status: z.enum(['User', 'User Invitation']).nullable(),
    ...invitationFieldsShape,
    /** A Limited Member's: the records and rules that keep them (R17). */
    references: blockingReferencesSchema.optional(),
  })
  .meta({ id: 'Member' });
/** A page of members with `total`: how many match the search and filters on every page together. */
export const memberPageSchema = pageSchema(memberViewSchema).extend({ total: z.number().int() }).meta({ id: 'MemberPage' });

export const principalRefSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), email: z.string() }),
    z.object({ kind: z.literal('group'), id: z.string() }),
    z.object({ kind: z.literal('apiKey'), id: z.string() }),
  ])
  .meta({ id: 'PrincipalRef' });

/** What adding members did (R3): added, invited, moved between roles, already there. */
export const memberOutcomeSchema = z
  .object({
    added: z.array(principalRefSchema),
    invited: z.array(z.string()),
    moved: z.array(z.object({ email: z.string(), from: z.string(), to: z.string() })),
    unchanged: z.array(principalRefSchema),
  })
  .meta({ id: 'MemberOutcome' });

/** The answer of a delete that names what it deleted. */
export const deletedSchema = z.object({ deleted: z.string() });
