/** R17: who a results row is assigned to; an assignment derives a Limited Member. */
import { isValidEmail } from './parse-email-list.js';

/** A trimmed, lower-case address, `null` to clear, or invalid. */
export function normalizeAssignee({ email }: { email: string | null }): { ok: true; email: string | null } | { ok: false } {
  if (email === null) return { ok: true, email: null };
  const lower = email.trim().toLowerCase();
  return isValidEmail({ email: lower }) ? { ok: true, email: lower } : { ok: false };
}
