/**
 * Signing in and out of a portal. Dev sign-in (AUTH_MODE=dev): the email form. OpenID Connect
 * (AUTH_MODE=oidc): "Sign in with <provider>" sends the browser to the provider through the API,
 * which owns the relying party; the provider sends it back to this portal's `/sign-in/callback`.
 * Either way the API answers a session token that the portal keeps in an HttpOnly cookie.
 */
import { fail, redirect, type Actions, type Cookies, type RequestHandler } from '@sveltejs/kit';
import { createApiClient } from './api-client.js';
import { fieldOf } from './form-action.js';
import { clearSessionToken, readSessionToken, storeSessionToken, storeSessionUser } from './session.js';
import { toProblem } from './to-problem.js';

/**
 * Binds a sign-in to the browser that began it (login CSRF): the API checks that the state the
 * provider sends back is the one in this cookie. Sent to the callback only, for ten minutes.
 */
const STATE_COOKIE = 'loome_oidc_state';
const CALLBACK_PATH = '/sign-in/callback';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export type SignInMethod = { mode: 'dev' } | { mode: 'oidc'; providerName: string };

export interface SignInData {
  method: SignInMethod;
  /** Why the last OpenID sign-in was refused (the API's `reason`), for the page to say in words. */
  refused: string | null;
}

export async function signInLoad({ url }: { url: URL }): Promise<SignInData> {
  const method = await createApiClient({ token: null }).auth.signInMethod.query();
  return { method, refused: url.searchParams.get('refused') };
}

/** Ends the session this browser had, if any: every sign-in starts a session of its own. */
async function endPreviousSession({ cookies }: { cookies: Cookies }): Promise<void> {
  const token = readSessionToken({ cookies });
  if (token)
    await createApiClient({ token })
      .auth.signOut.mutate()
      .catch(() => undefined);
}

function keepSession({ cookies, url, token, email }: { cookies: Cookies; url: URL; token: string; email: string }): void {
  const secure = url.protocol === 'https:';
  storeSessionToken({ cookies, token, secure });
  storeSessionUser({ cookies, email, secure });
}

export const signInActions: Actions = {
  dev: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = fieldOf({ form, name: 'email' }).trim().toLowerCase();
    if (!email) return fail(400, { email, problem: { code: 'VALIDATION', message: 'Enter your email address.' } });
    let token: string;
    try {
      const answer = (await createApiClient({ token: null }).auth.devLogin.mutate({ email })) as { token: string };
      token = answer.token;
    } catch (caught) {
      return fail(400, { email, problem: toProblem({ error: caught }) });
    }
    await endPreviousSession({ cookies });
    keepSession({ cookies, url, token, email });
    redirect(303, safeNext(url.searchParams.get('next')));
  },
  oidc: async ({ cookies, url }) => {
    let started: { authorizationUrl: string; state: string };
    try {
      started = await createApiClient({ token: null }).auth.oidcStart.mutate({
        redirectUri: `${url.origin}${CALLBACK_PATH}`,
        returnTo: safeNext(url.searchParams.get('next')),
      });
    } catch (caught) {
      return fail(400, { problem: toProblem({ error: caught }) });
    }
    cookies.set(STATE_COOKIE, started.state, { path: CALLBACK_PATH, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 600 });
    redirect(303, started.authorizationUrl);
  },
};

/** `/sign-in/callback`: the provider sends the browser back here with `code` and `state` (or `error`). */
export const oidcCallback: RequestHandler = async ({ url, cookies }) => {
  const state = cookies.get(STATE_COOKIE) ?? '';
  cookies.delete(STATE_COOKIE, { path: CALLBACK_PATH });
  let signedIn: { token: string; email: string; returnTo: string };
  try {
    signedIn = await createApiClient({ token: null }).auth.oidcCallback.mutate({ callbackUrl: url.href, state: state || 'none' });
  } catch (caught) {
    const problem = toProblem({ error: caught });
    redirect(303, `/sign-in?refused=${encodeURIComponent(problem.reason ?? problem.code)}`);
  }
  await endPreviousSession({ cookies });
  keepSession({ cookies, url, token: signedIn.token, email: signedIn.email });
  redirect(303, safeNext(signedIn.returnTo));
};

/**
 * Ends the session at the API too, so the token stops working everywhere, not only in this
 * portal; with an OpenID provider that offers it, the browser then signs out there as well.
 */
export async function signOut({ cookies, url }: { cookies: Cookies; url: URL }): Promise<never> {
  const token = readSessionToken({ cookies });
  let endSessionUrl: string | null = null;
  if (token) {
    // A session the API already ended (expired, signed out elsewhere) needs nothing more.
    const answer = await createApiClient({ token })
      .auth.oidcSignOut.mutate({ postLogoutRedirectUri: `${url.origin}/sign-in` })
      .catch(() => null);
    endSessionUrl = answer?.endSessionUrl ?? null;
  }
  clearSessionToken({ cookies });
  redirect(303, endSessionUrl ?? '/sign-in');
}
