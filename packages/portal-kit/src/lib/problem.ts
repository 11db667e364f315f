/**
 * A refusal or failure as the portal shows it: the SPEC §4 code, a sentence in words,
 * and the details some refusals carry (bad entries, blocking records and rules).
 */
export interface Problem {
  code: string;
  message: string;
  invalidEntries?: { position: number; value: string }[];
  blocking?: { records: { id: string; projectId: string }[]; rules: { id: string; projectId: string; name: string }[] };
  missingPermissions?: string[];
  /** Why a sign-in was refused (EMAIL_NOT_VERIFIED, LINKED_TO_ANOTHER_ACCOUNT…). */
  reason?: string;
  /** VALIDATION: which field was refused and why, as the API's schema said. */
  issues?: { path: string[]; message: string }[];
}

/**
 * The portal's own words, only where the API's are written for a program rather than a person:
 * a session that ended, a failure on the server, and a request its schema refused (whose fields
 * the form lists). Every rule's refusal is worded once, in roles-core, and shown as the API says it.
 */
const WORDS: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
};
const SCHEMA_REFUSAL = 'Some of what you entered is not valid.';

/**
 * The portal's own code for an API it could not reach at all (no answer, or none from the API):
 * not one of the API's codes, since the API never said anything.
 */
export const UNREACHABLE = 'UNREACHABLE';

/** How a portal says that its server cannot be reached: one sentence, on error pages and in forms. */
export function unreachableSentence({ productName }: { productName?: string | null }): string {
  return `${productName ?? 'This portal'} cannot reach its server right now.`;
}

/**
 * The one sentence a problem is shown with (issue 17: never the same refusal twice in two wordings).
 * `productName` names the portal where the sentence is about the portal itself (its server cannot be reached).
 */
export function describeProblem({ problem, productName }: { problem: Problem; productName?: string | null }): string {
  if (problem.code === UNREACHABLE)
    return `${unreachableSentence({ productName })} Nothing was saved, and what you entered is still here: try again in a moment.`;
  if (problem.code === 'VALIDATION' && problem.invalidEntries?.length) {
    // R2: the entries are listed below, each with its position; the sentence says what that means.
    const one = problem.invalidEntries.length === 1;
    return `Nothing was added: ${one ? 'this entry is not a valid email address' : 'these entries are not valid email addresses'}.`;
  }
  if (problem.code === 'VALIDATION' && problem.issues?.length) return SCHEMA_REFUSAL;
  return WORDS[problem.code] ?? (problem.message || 'Something went wrong. Try again in a moment.');
}
