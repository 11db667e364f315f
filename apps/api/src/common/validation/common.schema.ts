import { normalizeEmailAddress, parseEmailArray, parseEmailList, type ParsedEmails } from '@loome/roles-core';
import { z } from 'zod';

/** A high surrogate without its low one, or a low one without its high one: UTF-16 that is no Unicode text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text a parser reads entry by entry (R2's address lists): NUL is refused here; any other bad
 * entry, one with a lone surrogate included, is reported by the parser with its position, and
 * only the addresses it parsed are stored.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character refused; the pattern also reaches the OpenAPI document.
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
 * SPEC *Addresses* as the document states it: the WHATWG grammar, with the local part's 64 and the
 * whole's 254 characters as lookaheads, so that a body the document accepts is one the core's
 * rule accepts. `ADDRESS_LIST_PATTERN` is R2's semicolon list: entries stripped of ASCII
 * whitespace, empty entries ignored, at least one address.
 */
const WHATWG_ADDRESS = z.regexes.html5Email.source.slice(1, -1);
const ADDRESS_AT_HERE = `(?=[^@;\\t\\n\\f\\r ]{1,64}@)(?=[^;\\t\\n\\f\\r ]{1,254}(?:[;\\t\\n\\f\\r ]|$))${WHATWG_ADDRESS}`;
const SEPARATORS = '[;\\t\\n\\f\\r ]*';
export const ADDRESS_DOCUMENTED = {
  format: 'email',
  pattern: `^${ADDRESS_AT_HERE}$`,
  maxLength: 254,
  description: 'An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased',
};
const ADDRESS_LIST_PATTERN = `^${SEPARATORS}${ADDRESS_AT_HERE}(?:[\\t\\n\\f\\r ]*;${SEPARATORS}${ADDRESS_AT_HERE})*${SEPARATORS}$`;

/** A single address, checked here by the core's one address rule (SPEC *Addresses*). */
export const emailSchema = z
  .string()
  .max(320)
  .refine((text) => normalizeEmailAddress({ text }) !== null, 'must be a valid email address (ASCII, at most 254 characters)')
  .overwrite((text) => normalizeEmailAddress({ text }) ?? text)
  .meta(ADDRESS_DOCUMENTED);

/**
 * The core's refusal of a list of addresses as a zod issue: its message, and each bad entry with
 * its 1-based position (`invalidEntries`, R2), which the problem document carries.
 */
function refuseBadAddresses(parsed: ParsedEmails, context: z.RefinementCtx) {
  if (parsed.ok) return;
  context.addIssue({
    code: 'custom',
    message: parsed.refusal.message,
    params: { invalidEntries: 'invalidEntries' in parsed.refusal ? (parsed.refusal.invalidEntries ?? []) : [] },
  });
}

/**
 * R2: one field, several addresses separated by semicolons, checked here (before any rule) by
 * the core's parser, which names each bad entry with its position.
 */
export const addressListSchema = (max: number) =>
  listText()
    .max(max)
    .superRefine((text, context) => refuseBadAddresses(parseEmailList({ text }), context))
    .meta({
      pattern: ADDRESS_LIST_PATTERN,
      description: 'Email addresses separated by semicolons (R2): spaces around them are ignored, empty entries too; at least one address',
    });

/** A list of addresses that arrives split (recipients, notified users, department members), with the positions of bad entries. */
export const addressArraySchema = ({ min, max }: { min: number; max: number }) =>
  z
    .array(listText().max(320).meta(ADDRESS_DOCUMENTED))
    .min(min)
    .max(max)
    .superRefine((emails, context) => {
      if (emails.length > 0) refuseBadAddresses(parseEmailArray({ emails }), context);
    });

/**
 * Text that is stored trimmed (names, descriptions). Its bounds are the document's: at most `max`
 * characters as sent, checked before trimming, and one that is not a space, so that what the
 * document accepts the server keeps, and the reverse.
 */
export const trimmedText = (max: number) => plainText().max(max).trim().regex(/\S/, 'must not be blank');
export const nameSchema = trimmedText(200);

/** A tRPC input is the REST body plus the ids the REST path carries. */
export function withTenant<S extends z.ZodObject>(schema: S) {
  return schema.extend({ tenantId: idSchema });
}

export const tenantOnlySchema = z.object({ tenantId: idSchema }).strict();

/** A procedure that takes nothing: no input, or an empty object; anything else is refused (SPEC Contract details, Strict input). */
export const noInputSchema = z.object({}).strict().optional();
