/** The portal's request hook: a per-request API client and the sign-in gate. */
import { redirect, type Handle } from '@sveltejs/kit';
import { createApiClient, type ApiClient } from './api-client.js';
import { readSessionToken } from './session.js';

export interface PortalLocals {
  api: ApiClient;
  signedIn: boolean;
}

const PUBLIC_PATHS = ['/sign-in'];

export function createPortalHandle(): Handle {
  return async ({ event, resolve }) => {
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
}
