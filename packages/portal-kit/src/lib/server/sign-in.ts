/** Dev sign-in (AUTH_MODE=dev): the API answers a session token that the portal keeps in an HttpOnly cookie. */
import { fail, redirect, type Actions, type Cookies } from '@sveltejs/kit';
import { createApiClient } from './api-client.js';
import { clearSessionToken, readSessionToken, storeSessionToken, storeSessionUser } from './session.js';
import { toProblem } from './to-problem.js';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export const signInActions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim().toLowerCase();
    if (!email) return fail(400, { email, problem: { code: 'VALIDATION', message: 'Enter your email address.' } });
    let token: string;
    try {
      const answer = (await createApiClient({ token: null }).auth.devLogin.mutate({ email })) as { token: string };
      token = answer.token;
    } catch (caught) {
      return fail(400, { email, problem: toProblem({ error: caught }) });
    }
    const secure = url.protocol === 'https:';
    storeSessionToken({ cookies, token, secure });
    storeSessionUser({ cookies, email, secure });
    redirect(303, safeNext(url.searchParams.get('next')));
  },
};

/** Ends the session at the API too, so the token stops working everywhere, not only in this portal. */
export async function signOut({ cookies }: { cookies: Cookies }): Promise<never> {
  const token = readSessionToken({ cookies });
  if (token) {
    // A session the API already ended (expired, signed out elsewhere) needs nothing more.
    await createApiClient({ token }).auth.signOut.mutate().catch(() => undefined);
  }
  clearSessionToken({ cookies });
  redirect(303, '/sign-in');
}
