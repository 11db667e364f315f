/**
 * Wraps a call to the API for loads and actions: a lost session goes back to sign-in,
 * a refusal becomes a Problem (an action failure, or an error page for loads).
 */
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { clearSessionToken } from './session.js';
import type { Problem } from '../problem.js';
import { statusOf, toProblem } from './to-problem.js';

interface CallInput<T> {
  cookies: Cookies;
  url: URL;
  run: () => Promise<T>;
}

function leaveIfSignedOut({ cookies, url, code }: { cookies: Cookies; url: URL; code: string }) {
  if (code !== 'UNAUTHENTICATED') return;
  clearSessionToken({ cookies });
  redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname)}`);
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
