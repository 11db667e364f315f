import type { Refusal, RefusalCode } from '@loome/roles-core';

export type ProblemCode = RefusalCode | 'UNAUTHENTICATED' | 'INTERNAL' | 'UNAVAILABLE';

/**
 * Rule refusals answer 409: the request was well formed but the tenant's current state forbids it.
 * VALIDATION is 400 (or 413/415 when the transport refused the body). UNAVAILABLE is 503: the
 * database did not serve the request within its bounds (SPEC §4 *Production*, Overload).
 */
export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ESCALATION: 403,
  NOT_FOUND: 404,
  CANNOT_REMOVE_SELF: 409,
  LAST_ADMINISTRATOR: 409,
  PEER_GROUP_ADMIN: 409,
  LIMITED_MEMBER_REFERENCED: 409,
  NOT_ASSIGNABLE: 409,
  LOOKUP_DISABLED: 409,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** An error that leaves the API as `application/problem+json` with a stable `code`. */
export class ProblemError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    status?: number,
  ) {
    super(detail);
    this.status = status ?? PROBLEM_STATUS[code];
  }
}

export function problemFromRefusal({ refusal }: { refusal: Refusal }): ProblemError {
  const { code, message, ...extra } = refusal;
  return new ProblemError(code, message, extra);
}

export const notFound = (what: string) => new ProblemError('NOT_FOUND', `${what} not found`);
export const forbidden = (detail = 'You do not have permission to do this') => new ProblemError('FORBIDDEN', detail);
export const unauthenticated = (detail = 'Sign in or send a valid bearer token') => new ProblemError('UNAUTHENTICATED', detail);
export const unavailable = (detail = 'The service is busy; try again shortly') => new ProblemError('UNAVAILABLE', detail);
