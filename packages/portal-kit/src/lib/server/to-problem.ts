/** Turns whatever the API client threw into a Problem the pages can show in words. */
import { TRPCClientError } from '@trpc/client';
import { UNREACHABLE, type Problem } from '../problem.js';

type Details = Partial<Omit<Problem, 'code' | 'message'>> & { code?: string };

/** What a failed connection says, at any depth of `cause` (undici wraps the socket's error). */
const CONNECTION_FAILED = /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket hang up|other side closed/;

function failedToConnect(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (CONNECTION_FAILED.test(`${current.message} ${typeof code === 'string' ? code : ''}`)) return true;
  }
  return false;
}

export function toProblem({ error }: { error: unknown }): Problem {
  // No answer at all, or one that is not the API's (a proxy's error page): the API was not reached.
  // tRPC wraps both in its own error, without the `data` every answer of the API carries.
  if (failedToConnect(error) || (error instanceof TRPCClientError && error.data === undefined && error.shape === undefined)) {
    return { code: UNREACHABLE, message: 'The roles service cannot be reached right now. Try again in a moment.' };
  }
  if (error instanceof TRPCClientError) {
    // The API puts its problem body (SPEC §4 code, detail and extras) in `data.problem`.
    const envelope = (error.data ?? {}) as { code?: string; problem?: (Details & { detail?: string }) | null };
    const data = envelope.problem ?? {};
    const fallback = envelope.code === 'UNAUTHORIZED' ? 'UNAUTHENTICATED' : 'INTERNAL';
    const problem: Problem = { code: data.code ?? fallback, message: data.detail ?? error.message };
    if (data.invalidEntries) problem.invalidEntries = data.invalidEntries;
    if (data.blocking) problem.blocking = data.blocking;
    if (data.missingPermissions) problem.missingPermissions = data.missingPermissions;
    if (typeof data.reason === 'string') problem.reason = data.reason;
    if (Array.isArray(data.issues)) problem.issues = data.issues;
    return problem;
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.' };
}

/** The HTTP status a problem is answered with, by the portal's pages, actions and endpoints. */
export function statusOf({ problem }: { problem: Problem }): number {
  const statuses: Record<string, number> = {
    VALIDATION: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    ESCALATION: 403,
    NOT_FOUND: 404,
    INTERNAL: 500,
    [UNREACHABLE]: 502,
    UNAVAILABLE: 503,
  };
  return statuses[problem.code] ?? 409;
}
