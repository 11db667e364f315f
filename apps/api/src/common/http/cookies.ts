import { parse } from 'cookie';
import { headerValue, type HttpRequest } from './http-types.js';

/**
 * A cookie the request carries, read leniently: any site of the same domain can set cookies, so a
 * malformed one (`loome_session=%`) must read as a value that signs nobody in, never as a failure
 * that would lock the browser out of every route. `cookie` keeps a value it cannot decode as sent.
 */
export function readCookie({ request, name }: { request: HttpRequest; name: string }): string | undefined {
  const header = headerValue({ request, name: 'cookie' });
  if (!header) return undefined;
  return parse(header)[name];
}
