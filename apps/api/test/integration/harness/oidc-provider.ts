import { startLocalOidcProvider, type LocalAccount, type LocalOidcProvider } from '@loome/local-oidc-provider';
import type { OidcConfig } from '../../../src/config/app-config.js';
import type { ApiClient, ApiResponse } from './api-client.js';

/** The redirect URI tests sign in with: a portal's callback that nothing needs to serve. */
export const TEST_REDIRECT_URI = 'http://127.0.0.1:9/sign-in/callback';
export const TEST_POST_LOGOUT_URI = 'http://127.0.0.1:9/sign-in';

/** The real provider on a free loopback port, with this API registered as its one client. */
export async function startTestProvider({ accounts = [] }: { accounts?: LocalAccount[] } = {}): Promise<{ provider: LocalOidcProvider; oidc: OidcConfig }> {
  const client = { clientId: 'loome-roles-test', clientSecret: 'local-provider-test-secret' };
  const provider = await startLocalOidcProvider({
    accounts,
    clients: [{ ...client, redirectUris: [TEST_REDIRECT_URI], postLogoutRedirectUris: [TEST_POST_LOGOUT_URI] }],
  });
  return { provider, oidc: { issuer: provider.issuer, ...client, providerName: 'Local provider', redirectUris: [TEST_REDIRECT_URI] } };
}

/** A browser's cookies for the provider's one host: name → value. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Plays the browser at the provider: follows redirects from the authorization URL, picks the
 * account `sub` on the sign-in page, and answers the URL the provider sends back to the portal.
 */
export async function signInAtProvider({ authorizationUrl, sub }: { authorizationUrl: string; sub: string }): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(TEST_REDIRECT_URI)) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: form.toString() } : {}),
    });
    jar.store(response);
    form = null;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await response.text();
    if (response.status === 200 && /\/interaction\//.test(url)) {
      form = new URLSearchParams({ sub });
      continue;
    }
    throw new Error(`The provider answered ${response.status} at ${url}: ${page.slice(0, 300)}`);
  }
  throw new Error('The provider never sent the browser back');
}

/** The whole redirect: start at the API, sign in at the provider as `sub`, answer the callback URL and the state. */
export async function startAndSignIn({ http, sub, returnTo = '/' }: { http: ApiClient; sub: string; returnTo?: string }) {
  const started = await http.post('/api/v1/auth/oidc/start', { redirectUri: TEST_REDIRECT_URI, returnTo });
  if (started.status !== 200) throw new Error(`oidc/start answered ${started.status}: ${JSON.stringify(started.body)}`);
  const callbackUrl = await signInAtProvider({ authorizationUrl: started.body.authorizationUrl, sub });
  return { callbackUrl, state: started.body.state as string };
}

export async function finishSignIn({ http, callbackUrl, state }: { http: ApiClient; callbackUrl: string; state: string }): Promise<ApiResponse> {
  return http.post('/api/v1/auth/oidc/callback', { callbackUrl, state });
}
