/**
 * The one place that knows how the portal talks to the API: a tRPC client per request,
 * authenticated with the user's session token. Typed by the API's router.
 */
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@loome/api/router';

export const DEFAULT_API_URL = 'http://localhost:3000/trpc';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

interface CreateApiClientInput {
  token: string | null;
  apiUrl?: string;
  /** SvelteKit's fetch, so that calls made during load are tracked and forwarded. */
  fetch?: typeof globalThis.fetch;
}

/**
 * An address of the API's REST interface, beside its tRPC endpoint: for the one answer tRPC does
 * not carry, a CSV download that streams.
 */
export function apiRestUrl({ path, apiUrl }: { path: string; apiUrl?: string }): string {
  return `${(apiUrl ?? process.env.API_URL ?? DEFAULT_API_URL).replace(/\/trpc\/?$/, '')}${path}`;
}

export function createApiClient({ token, apiUrl, fetch }: CreateApiClientInput): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: apiUrl ?? process.env.API_URL ?? DEFAULT_API_URL,
        ...(fetch ? { fetch } : {}),
        // A bearer token, not a cookie: the API's Origin check for cookie sessions does not apply.
        headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
      }),
    ],
  });
}
