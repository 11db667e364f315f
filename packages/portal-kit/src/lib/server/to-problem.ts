/** Turns whatever the API client threw into a Problem the pages can show in words. */
import { TRPCClientError } from '@trpc/client';
import type { Problem } from '../problem.js';

type Details = Partial<Omit<Problem, 'code' | 'message'>> & { code?: string };

export function toProblem({ error }: { error: unknown }): Problem {
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
  if (error instanceof Error && /fetch failed|ECONNREFUSED/.test(`${error.message} ${error.cause instanceof Error ? error.cause.message : ''}`)) {
    return { code: 'UNAVAILABLE', message: 'The roles service cannot be reached right now. Try again in a moment.' };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.' };
}

/** Answers a form action's failure with the problem inside, for the page to show. */
export function statusOf({ problem }: { problem: Problem }): number {
  const statuses: Record<string, number> = { VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, ESCALATION: 403, NOT_FOUND: 404 };
  return statuses[problem.code] ?? (problem.code === 'INTERNAL' || problem.code === 'UNAVAILABLE' ? 502 : 409);
}
