/** The portal's request hook: a per-request API client and the sign-in gate. */
import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { createApiClient, type ApiClient } from './api-client.js';
import { securityHeadersHandle } from './security-headers.js';
import { readSessionToken } from './session.js';

export interface PortalLocals {
  api: ApiClient;
  signedIn: boolean;
}

const PUBLIC_PATHS = ['/sign-in'];

const signInGate: Handle = async ({ event, resolve }) => {
  const token = readSessionToken({ cookies: event.cookies });
  const locals = event.locals as PortalLocals;
  locals.api = createApiClient({ token });
  locals.signedIn = token !== null;
  const isPublic = PUBLIC_PATHS.some((path) => event.url.pathname.startsWith(path));
  if (!locals.signedIn && !isPublic) {
    redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  }
  return resolve(event);
};

/** Security headers first, so they go on every answer, then the sign-in gate. */
export function createPortalHandle(): Handle {
  return sequence(securityHeadersHandle, signInGate);
}
