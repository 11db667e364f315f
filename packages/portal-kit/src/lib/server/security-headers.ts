/** The headers every portal answer carries besides its Content-Security-Policy (set by `kit.csp`). */
import { isRedirect, type Handle } from '@sveltejs/kit';

/**
 * Framing refused (with `frame-ancestors 'none'` in the CSP, for browsers that only know this
 * header), no sniffing of content types, no referrer sent to other sites, and HSTS: browsers
 * ignore it on plain http (RFC 6797 §8.1) and keep to https once a deployment serves it there.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

function withSecurityHeaders(response: Response): Response {
  // Responses proxied from fetch have immutable headers: those are copied first.
  let answer = response;
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) answer.headers.set(name, value);
  } catch {
    answer = new Response(response.body, response);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) answer.headers.set(name, value);
  }
  return answer;
}

/**
 * Runs first in the portal's hook, so its headers go on every answer — pages, endpoints, and the
 * redirect to sign-in a later hook throws (which SvelteKit would otherwise answer on its own).
 */
export const securityHeadersHandle: Handle = async ({ event, resolve }) => {
  try {
    return withSecurityHeaders(await resolve(event));
  } catch (error) {
    if (!isRedirect(error) || event.isDataRequest) throw error;
    return withSecurityHeaders(new Response(null, { status: error.status, headers: { location: error.location } }));
  }
};
