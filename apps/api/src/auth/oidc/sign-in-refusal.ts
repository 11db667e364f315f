import type { z } from 'zod';
import type { signInRefusalReasonSchema } from '../../common/contract/problem.schema.js';
import { ProblemError } from '../../common/errors/problem.error.js';

/**
 * Why an OpenID sign-in was refused, carried as `reason` in the problem body so each portal can
 * say it in words. The code stays SPEC §4's: the person is not signed in (UNAUTHENTICATED), or is
 * known and may not sign in this way (FORBIDDEN).
 */
export type SignInRefusalReason = z.infer<typeof signInRefusalReasonSchema>;

const CODES: Record<SignInRefusalReason, 'UNAUTHENTICATED' | 'FORBIDDEN'> = {
  /** `email_verified` is not true: anyone could have typed the address. */
  EMAIL_NOT_VERIFIED: 'FORBIDDEN',
  /** The email is linked to another subject of the provider, or this subject to another email. */
  LINKED_TO_ANOTHER_ACCOUNT: 'FORBIDDEN',
  /** No such attempt: the state was changed, the attempt expired, was used already, or began in another browser. */
  ATTEMPT_NOT_VALID: 'UNAUTHENTICATED',
  /** The provider answered an error (the person cancelled, the code was refused…). */
  PROVIDER_ERROR: 'UNAUTHENTICATED',
  /** The ID token failed validation: issuer, audience, expiry, nonce or signature. */
  TOKEN_NOT_VALID: 'UNAUTHENTICATED',
  /** Every directory that lists the person has deactivated or deprovisioned them (SCIM). */
  DIRECTORY_INACTIVE: 'FORBIDDEN',
};

export function signInRefused({ reason, detail }: { reason: SignInRefusalReason; detail: string }): ProblemError {
  return new ProblemError(CODES[reason], detail, { reason });
}
