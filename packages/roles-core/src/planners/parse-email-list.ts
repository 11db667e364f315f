import type { InvalidEntry, Refusal } from '../model/refusal.js';
import { normalizeEmailAddress, stripAsciiWhitespace } from './email-address.js';

export type ParsedEmails = { ok: true; emails: string[] } | { ok: false; refusal: Refusal };

/**
 * R2: one field, several addresses separated by semicolons. Entries are stripped of ASCII
 * whitespace and lower-cased, duplicates collapse, empty entries are ignored and do not count as
 * positions; each entry is checked by the one address rule (SPEC *Addresses*).
 */
export function parseEmailList({ text }: { text: string }): ParsedEmails {
  const entries = splitEmailList({ text });
  if (entries.length === 0) {
    return { ok: false, refusal: { code: 'VALIDATION', message: 'Enter at least one email address.' } };
  }
  const normalized = entries.map((text) => normalizeEmailAddress({ text }));
  const invalidEntries: InvalidEntry[] = entries
    .map((value, index) => ({ value, position: index + 1 }))
    .filter(({ position }) => normalized[position - 1] === null);
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
  return { ok: true, emails: [...new Set(normalized as string[])] };
}

/** R2's entries as typed, in order: what a form that sends an array of addresses sends. */
export function splitEmailList({ text }: { text: string }): string[] {
  return text
    .split(';')
    .map((entry) => stripAsciiWhitespace({ text: entry }))
    .filter((entry) => entry.length > 0);
}

/** The same rules for a list that arrives already split (notifications, rule recipients). */
export function parseEmailArray({ emails }: { emails: readonly string[] }): ParsedEmails {
  if (emails.some((email) => email.includes(';'))) {
    return { ok: false, refusal: { code: 'VALIDATION', message: 'One address per entry.' } };
  }
  return parseEmailList({ text: emails.join(';') });
}
