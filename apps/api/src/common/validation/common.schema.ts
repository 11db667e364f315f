import { normalizeEmailAddress } from '@loome/roles-core';
import { z } from 'zod';

/** A high surrogate without its low one, or a low one without its high one: UTF-16 that is no Unicode text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text a parser reads entry by entry (R2's address lists): NUL is refused here; any other bad
 * entry, one with a lone surrogate included, is reported by the parser with its position, and
 * only the addresses it parsed are stored.
 */
export const listText = () => z.string().regex(/^[^\u0000]*$/, 'must not contain NUL characters');

/**
 * Every other string input. PostgreSQL cannot store NUL, and a lone surrogate (JSON's `"\ud800"`)
 * has no UTF-8 form: each database would store replacement characters of its own instead of what
 * was sent and answered. Both are refused at the edge, so both databases answer the same clear error.
 */
export const plainText = () => listText().refine((text) => !LONE_SURROGATE.test(text), 'must not contain lone surrogates (UTF-16 that is no Unicode text)');

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

/** A procedure that takes nothing: no input, or an empty object; anything else is refused (SPEC Contract details, Strict input). */
export const noInputSchema = z.object({}).strict().optional();
