/**
 * Wraps a call to the API for loads and actions: a lost session goes back to sign-in,
 * a refusal becomes a Problem (an action failure, or an error page for loads).
 */
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { clearSessionToken } from './session.js';
import type { Problem } from '../problem.js';
import { returnPathOf, signInPathFor } from '../session/sign-in-path.js';
import { statusOf, toProblem } from './to-problem.js';

interface CallInput<T> {
  cookies: Cookies;
  url: URL;
  run: () => Promise<T>;
}

/**
 * A session the API no longer knows (expired, or ended elsewhere): sign in again, then back to
 * this page. A form's page puts its draft aside before it follows this (keep-work.ts).
 */
function leaveIfSignedOut({ cookies, url, code }: { cookies: Cookies; url: URL; code: string }) {
  if (code !== 'UNAUTHENTICATED') return;
  clearSessionToken({ cookies });
  redirect(303, signInPathFor({ next: returnPathOf({ url }), ended: true }));
}

/** For loads: a problem becomes the error page, in words (or sign-in, when the session has ended). */
export function failLoad({ cookies, url, problem }: { cookies: Cookies; url: URL; problem: Problem }): never {
  leaveIfSignedOut({ cookies, url, code: problem.code });
  error(statusOf({ problem }), problem.message);
}

/** For loads: failures become the error page, in words. */
export async function loadFromApi<T>({ cookies, url, run }: CallInput<T>): Promise<T> {
  try {
    return await run();
  } catch (caught) {
    failLoad({ cookies, url, problem: toProblem({ error: caught }) });
  }
}

/**
 * For the root layout, which must not fail: SvelteKit has no error page above it and would answer
 * its bare fallback. Its failure is kept as a problem for the page below to raise (requireTenant),
 * so the portal's own error page says it, inside the portal's header.
 */
export async function loadOrProblem<T>({ cookies, url, run }: CallInput<T>): Promise<{ value: T; problem: null } | { value: null; problem: Problem }> {
  try {
    return { value: await run(), problem: null };
  } catch (caught) {
    const problem = toProblem({ error: caught });
    leaveIfSignedOut({ cookies, url, code: problem.code });
    return { value: null, problem };
  }
}

/** For actions: failures come back to the page as `form.problem`. */
export async function actOnApi<T>({ cookies, url, run }: CallInput<T>) {
  try {
    return { ok: true as const, result: await run() };
  } catch (caught) {
    const problem = toProblem({ error: caught });
    leaveIfSignedOut({ cookies, url, code: problem.code });
    return fail(statusOf({ problem }), { problem });
  }
}
