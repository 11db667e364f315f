import type { InvalidEntry, Refusal } from '../model/refusal.js';

export type ParsedEmails = { ok: true; emails: string[] } | { ok: false; refusal: Refusal };

// Deliberately simple: one @, no spaces or list separators, a dot in the domain. The directory
// and the mail server have the last word; this only catches typing mistakes before anything changes.
const EMAIL_PATTERN = /^[^\s@;,<>()"]+@[^\s@;,<>()".]+(\.[^\s@;,<>()".]+)+$/;

export function isValidEmail({ email }: { email: string }): boolean {
  return EMAIL_PATTERN.test(email);
}

/**
 * R2: one field, several addresses separated by semicolons. Entries are trimmed and lower-cased,
 * duplicates collapse, empty entries are ignored and do not count as positions.
 */
export function parseEmailList({ text }: { text: string }): ParsedEmails {
  const entries = text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    return { ok: false, refusal: { code: 'VALIDATION', message: 'Enter at least one email address.' } };
  }
  const invalidEntries: InvalidEntry[] = entries
    .map((value, index) => ({ value, position: index + 1 }))
    .filter(({ value }) => !isValidEmail({ email: value }));
  if (invalidEntries.length > 0) {
    return {
      ok: false,
      refusal: {
        code: 'VALIDATION',
        message: `Not a valid email address: ${invalidEntries.map((e) => `#${e.position} "${e.value}"`).join(', ')}.`,
        invalidEntries,
      },
    };
  }
  return { ok: true, emails: [...new Set(entries.map((entry) => entry.toLowerCase()))] };
}

/** The same rules for a list that arrives already split (notifications, rule recipients). */
export function parseEmailArray({ emails }: { emails: readonly string[] }): ParsedEmails {
  if (emails.some((email) => email.includes(';'))) {
    return { ok: false, refusal: { code: 'VALIDATION', message: 'One address per entry.' } };
  }
  return parseEmailList({ text: emails.join(';') });
}
