/** The portal keeps the API's session token in its own HttpOnly cookie; the browser never reads it. */
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'loome_session';

export function readSessionToken({ cookies }: { cookies: Cookies }): string | null {
  return cookies.get(SESSION_COOKIE) ?? null;
}

export function storeSessionToken({ cookies, token, secure }: { cookies: Cookies; token: string; secure: boolean }): void {
  cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 60 * 60 * 12 });
}

export function clearSessionToken({ cookies }: { cookies: Cookies }): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
  cookies.delete(USER_COOKIE, { path: '/' });
}

/** The signed-in email, kept beside the token so pages can mark "you" without asking the API. */
export const USER_COOKIE = 'loome_user';

export function readSessionUser({ cookies }: { cookies: Cookies }): string | null {
  return cookies.get(USER_COOKIE) ?? null;
}

export function storeSessionUser({ cookies, email, secure }: { cookies: Cookies; email: string; secure: boolean }): void {
  cookies.set(USER_COOKIE, email, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 60 * 60 * 12 });
}
