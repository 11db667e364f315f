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

const WORDS: Record<string, string> = {
  VALIDATION: 'Some of what you entered is not valid.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'It no longer exists. Refresh the page to see the current state.',
  CANNOT_REMOVE_SELF: 'You cannot remove your own account. Another administrator must do it.',
  LAST_ADMINISTRATOR: 'The tenant must keep at least one administrator, so this one cannot be removed or moved.',
  PEER_GROUP_ADMIN: 'A Group Admin cannot remove another Group Admin. Give them a lower role first, then remove them.',
  LIMITED_MEMBER_REFERENCED: 'This Limited Member is still kept in place by the records and rules below. Unassign them first.',
  NOT_ASSIGNABLE: 'This role cannot be given by hand; it follows from assigned records and communication rules.',
  LOOKUP_DISABLED: 'Directory search is not available here. Type email addresses instead.',
  ESCALATION: 'You cannot grant a role that carries permissions you do not hold yourself.',
  CONFLICT: 'This conflicts with the current state. Refresh and try again.',
};

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
 * The sentence for a code, falling back to what the API said. `productName` names the portal
 * where the sentence is about the portal itself (its server cannot be reached).
 */
export function describeProblem({ problem, productName }: { problem: Problem; productName?: string | null }): string {
  if (problem.code === UNREACHABLE)
    return `${unreachableSentence({ productName })} Nothing was saved, and what you entered is still here: try again in a moment.`;
  return WORDS[problem.code] ?? problem.message;
}
