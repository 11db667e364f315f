import { normalizeEmailAddress } from '@loome/roles-core';
import { z } from 'zod';

/** Every string input: PostgreSQL cannot store NUL, so it is refused at the edge on both databases. */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character refused; the pattern also reaches the OpenAPI document.
export const plainText = () => z.string().regex(/^[^\u0000]*$/, 'must not contain NUL characters');

/** Ids are opaque strings; bounds keep bad input from reaching the database. */
export const idSchema = plainText().min(1).max(200);
/**
 * SPEC *Addresses*: the core's one address rule, on every route that takes a single address; lists
 * (R2) go to the core's parser, which reports each bad entry with its position.
 */
export const emailSchema = z
  .string()
  .max(320)
  .refine((text) => normalizeEmailAddress({ text }) !== null, 'must be a valid email address (ASCII, at most 254 characters)')
  .overwrite((text) => normalizeEmailAddress({ text }) ?? text)
  // What the document states: the WHATWG grammar and the lengths SPEC *Addresses* sets; the core's rule decides.
  .meta({
    format: 'email',
    pattern: z.regexes.html5Email.source,
    maxLength: 254,
    description: 'An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased',
  });
export const nameSchema = plainText().trim().min(1).max(200);

/** A tRPC input is the REST body plus the ids the REST path carries. */
export function withTenant<S extends z.ZodObject>(schema: S) {
  return schema.extend({ tenantId: idSchema });
}

export const tenantOnlySchema = z.object({ tenantId: idSchema }).strict();
