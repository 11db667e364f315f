/** R17: who a results row is assigned to; an assignment derives a Limited Member. */
import { normalizeEmailAddress } from './email-address.js';

/** A trimmed, lower-case address, `null` to clear, or invalid. */
export function normalizeAssignee({ email }: { email: string | null }): { ok: true; email: string | null } | { ok: false } {
  if (email === null) return { ok: true, email: null };
  const normalized = normalizeEmailAddress({ text: email });
  return normalized === null ? { ok: false } : { ok: true, email: normalized };
}
