import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * The API answers JSON only (its `/api/docs` is the OpenAPI document, not a page), so its policy
 * allows nothing to load, run or frame it. HSTS goes with every answer: browsers ignore it on
 * plain http (RFC 6797 §8.1) and keep to https once a deployment serves it there.
 */
const setSecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  xContentTypeOptions: true,
});

/**
 * Sets the security headers on every answer of the server — Express routes, tRPC and the fast
 * lane alike — before whichever serves the request runs. Call once every request listener is in place.
 */
export function sendSecurityHeadersFirst({ server }: { server: Server }): void {
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`Security headers expect one request listener, found ${listeners.length}`);
  const [serve] = listeners as [RequestListener];
  server.removeListener('request', serve);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    setSecurityHeaders(request, response, () => serve(request, response));
  });
}
