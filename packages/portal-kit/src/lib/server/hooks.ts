/** The portal's request hook: a per-request API client and the sign-in gate. */
import { redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { describeProblem } from '../problem.js';
import { toProblem } from './to-problem.js';
import { sequence } from '@sveltejs/kit/hooks';
import { createApiClient, type ApiClient } from './api-client.js';
import { securityHeadersHandle } from './security-headers.js';
import { readSessionToken } from './session.js';
import { returnPathOf, signInPathFor, SIGN_IN_PATH } from '../session/sign-in-path.js';

export interface PortalLocals {
  api: ApiClient;
  signedIn: boolean;
}

const PUBLIC_PATHS = [SIGN_IN_PATH];

const signInGate: Handle = async ({ event, resolve }) => {
  const token = readSessionToken({ cookies: event.cookies });
  const locals = event.locals as PortalLocals;
  locals.api = createApiClient({ token });
  locals.signedIn = token !== null;
  const isPublic = PUBLIC_PATHS.some((path) => event.url.pathname.startsWith(path));
  if (!locals.signedIn && !isPublic) {
    // A form posted without a session was sent from a signed-in page: that session has ended.
    redirect(303, signInPathFor({ next: returnPathOf({ url: event.url }), ended: event.request.method === 'POST' }));
  }
  return resolve(event);
};

/**
 * Errors nobody expected (a bug, or a failure outside the API client) still reach the person in
 * words on the portal's error page, never as a stack or the framework's bare text.
 */
export const portalHandleError: HandleServerError = ({ error, status, message }) => {
  // A page that does not exist (404) and the like: the framework's words are the right ones.
  if (status < 500) return { message };
  // The operator still sees what happened; the person sees a sentence.
  console.error(error);
  return { message: describeProblem({ problem: toProblem({ error }) }) };
};

/** Security headers first, so they go on every answer, then the sign-in gate. */
export function createPortalHandle(): Handle {
  return sequence(securityHeadersHandle, signInGate);
}
