/**
 * SPEC §4 *Addresses*: the one test of an email address, wherever one enters (R2 lists, inviting,
 * sign-in, directory, rules, records). An address is valid when it matches the WHATWG HTML
 * *valid e-mail address* grammar — ASCII only, so fullwidth letters, zero-width spaces, bidi
 * controls, lone surrogates and control characters are refused, as are address literals like
 * `[127.0.0.1]` — with a local part of at most 64 characters and at most 254 in all (RFC 5321).
 * Addresses compare lower-cased.
 */
const WHATWG_VALID_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const MAX_LOCAL_PART = 64;
const MAX_ADDRESS = 254;
/** What HTML strips around a typed address: ASCII whitespace only (tab, LF, FF, CR, space). */
const ASCII_WHITESPACE_AROUND = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** Text with the ASCII whitespace around it removed; any other character counts as typed. */
export function stripAsciiWhitespace({ text }: { text: string }): string {
  return text.replace(ASCII_WHITESPACE_AROUND, '');
}

/** The address as it is stored and compared (lower-cased, stripped), or `null` when it is not valid. */
export function normalizeEmailAddress({ text }: { text: string }): string | null {
  const address = stripAsciiWhitespace({ text });
  if (address.length > MAX_ADDRESS || !WHATWG_VALID_EMAIL.test(address)) return null;
  if (address.indexOf('@') > MAX_LOCAL_PART) return null;
  return address.toLowerCase();
}

/** Whether `email` is a valid address as typed (ASCII whitespace around it aside). */
export function isValidEmail({ email }: { email: string }): boolean {
  return normalizeEmailAddress({ text: email }) !== null;
}
