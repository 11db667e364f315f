import { z } from 'zod';
import { plainText } from '../../common/validation/common.schema.js';

/**
 * An http(s) URL, as the document states it: an IPv4 address or a host name whose last label
 * starts with a letter (no `xn--` labels), a port of at most 65535, then a path, query or fragment
 * without spaces. The pattern is checked before the URL parser, so the document and the server
 * agree on every body.
 */
const PORT = '(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const LABEL = '(?![Xx][Nn]--)[A-Za-z0-9-]+';
const HOST = `(?:${OCTET}(?:\\.${OCTET}){3}|(?:${LABEL}\\.)*(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*)`;
const HTTP_URL = new RegExp(`^https?://${HOST}(?::${PORT})?(?:[/?#][^\\s]*)?$`);
const absoluteUrl = plainText()
  .max(2000)
  .regex(HTTP_URL, 'must be an http(s) URL')
  .pipe(z.url({ protocol: /^https?$/ }));

/**
 * Where to go after signing in: a path of the portal that started the sign-in, never another
 * site (`//host`, `/\host` and schemes are refused), so a crafted link cannot send anyone away.
 */
export const returnToSchema = plainText()
  .max(2000)
  .regex(/^\/(?![/\\])[^\\\s]*$/, 'must be a path of this site, starting with a single /');

export const signInMethodSchema = z.object({}).strict();
export const signInMethodOutputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('dev') }),
  z.object({ mode: z.literal('oidc'), providerName: z.string() }),
]);
export type SignInMethod = z.output<typeof signInMethodOutputSchema>;

/** `redirectUri`: the portal's callback, one of the configured redirect URIs. */
export const oidcStartSchema = z.object({ redirectUri: absoluteUrl, returnTo: returnToSchema }).strict();
export type OidcStartInput = z.output<typeof oidcStartSchema>;
/** `state` is for the portal to bind the attempt to the browser (an HttpOnly cookie). */
export const oidcStartOutputSchema = z.object({ authorizationUrl: z.string(), state: z.string() });
export type OidcStartOutput = z.output<typeof oidcStartOutputSchema>;

/**
 * `callbackUrl`: the URL the provider sent the browser back to (`code`, `state`, or `error`);
 * `state`: the one the portal kept in the browser's cookie when the sign-in started.
 */
export const oidcCallbackSchema = z.object({ callbackUrl: absoluteUrl, state: plainText().min(1).max(200) }).strict();
export type OidcCallbackInput = z.output<typeof oidcCallbackSchema>;
export const signedInOutputSchema = z.object({ token: z.string(), userId: z.string(), email: z.string() });
export const oidcCallbackOutputSchema = signedInOutputSchema.extend({ returnTo: z.string() });
export type OidcCallbackOutput = z.output<typeof oidcCallbackOutputSchema>;

/** `postLogoutRedirectUri`: where the provider sends the browser after its own sign-out (a portal page). */
export const oidcSignOutSchema = z.object({ postLogoutRedirectUri: absoluteUrl }).strict();
export type OidcSignOutInput = z.output<typeof oidcSignOutSchema>;
/** `endSessionUrl`: where to send the browser to end the provider's session too; null when it offers none. */
export const oidcSignOutOutputSchema = z.object({ endSessionUrl: z.string().nullable() });
export type OidcSignOutOutput = z.output<typeof oidcSignOutOutputSchema>;
