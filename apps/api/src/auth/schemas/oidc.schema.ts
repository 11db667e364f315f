import { z } from 'zod';
import { plainText } from '../../common/validation/common.schema.js';

const absoluteUrl = plainText().max(2000).pipe(z.url({ protocol: /^https?$/ }));

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
