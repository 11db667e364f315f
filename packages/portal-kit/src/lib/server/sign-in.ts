/**
 * Signing in and out of a portal. Dev sign-in (AUTH_MODE=dev): the email form. OpenID Connect
 * (AUTH_MODE=oidc): "Sign in with <provider>" sends the browser to the provider through the API,
 * which owns the relying party; the provider sends it back to this portal's `/sign-in/callback`.
 * Either way the API answers a session token that the portal keeps in an HttpOnly cookie.
 */
import { error, fail, redirect, type Actions, type Cookies, type RequestHandler } from '@sveltejs/kit';
import { describeProblem } from '../problem.js';
import { safeReturnPath, signInRequestOf, SIGN_IN_PATH } from '../session/sign-in-path.js';
import { createApiClient } from './api-client.js';
import { fieldOf } from './form-action.js';
import { clearSessionToken, readSessionToken, storeSessionToken, storeSessionUser } from './session.js';
import { statusOf, toProblem } from './to-problem.js';

/**
 * Binds a sign-in to the browser that began it (login CSRF): the API checks that the state the
 * provider sends back is the one in this cookie. Sent to the callback only, for ten minutes.
 */
const STATE_COOKIE = 'loome_oidc_state';
const CALLBACK_PATH = '/sign-in/callback';

export type SignInMethod = { mode: 'dev' } | { mode: 'oidc'; providerName: string };

export interface SignInData {
  method: SignInMethod;
  /** Why the last OpenID sign-in was refused (the API's `reason`), for the page to say in words. */
  refused: string | null;
  /** The page to go back to after signing in (this portal's own, checked). */
  next: string;
  /** The session had ended under the person's hands: the page says so, and that their work is kept. */
  ended: boolean;
}

export async function signInLoad({ url }: { url: URL }): Promise<SignInData> {
  let method: SignInMethod;
  try {
    method = await createApiClient({ token: null }).auth.signInMethod.query();
  } catch (caught) {
    // The portal's error page, in words: sign-in cannot even be offered without the API.
    const problem = toProblem({ error: caught });
    error(statusOf({ problem }), describeProblem({ problem }));
  }
  return { method, refused: url.searchParams.get('refused'), ...signInRequestOf({ url }) };
}

/** Where to go after signing in: the form's `next` (the page the person came from), else the address's. */
function nextOf({ form, url }: { form: FormData; url: URL }): string {
  return safeReturnPath({ next: fieldOf({ form, name: 'next' }) || url.searchParams.get('next') });
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
      const problem = toProblem({ error: caught });
      return fail(statusOf({ problem }), { email, problem });
    }
    await endPreviousSession({ cookies });
    keepSession({ cookies, url, token, email });
    redirect(303, nextOf({ form, url }));
  },
  oidc: async ({ request, cookies, url }) => {
    const form = await request.formData();
    let started: { authorizationUrl: string; state: string };
    try {
      started = await createApiClient({ token: null }).auth.oidcStart.mutate({
        redirectUri: `${url.origin}${CALLBACK_PATH}`,
        returnTo: nextOf({ form, url }),
      });
    } catch (caught) {
      const problem = toProblem({ error: caught });
      return fail(statusOf({ problem }), { problem });
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
    redirect(303, `${SIGN_IN_PATH}?refused=${encodeURIComponent(problem.reason ?? problem.code)}`);
  }
  await endPreviousSession({ cookies });
  keepSession({ cookies, url, token: signedIn.token, email: signedIn.email });
  redirect(303, safeReturnPath({ next: signedIn.returnTo }));
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
