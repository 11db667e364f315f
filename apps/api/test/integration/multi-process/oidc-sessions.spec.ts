import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { startApiProcessesOnPostgres, type ApiProcessesUnderTest } from '../harness/api-processes.js';
import { testDatabaseNames } from '../harness/databases.js';
import { finishSignIn, signInAtProvider, startTestProvider, TEST_POST_LOGOUT_URI, TEST_REDIRECT_URI } from '../harness/oidc-provider.js';

// SPEC §4 Production: sessions and sign-in attempts live in the database several processes share.
const onPostgres = (await testDatabaseNames()).includes('postgres');

describe.skipIf(!onPostgres)('OpenID sign-in across two API processes on one PostgreSQL database [postgres]', () => {
  let api: ApiProcessesUnderTest | undefined;
  let provider: Awaited<ReturnType<typeof startTestProvider>>['provider'] | undefined;

  beforeAll(async () => {
    const started = await startTestProvider({ accounts: [{ sub: 'sub-mp', email: 'mp-oidc@x.test' }] });
    provider = started.provider;
    const { oidc } = started;
    api = await startApiProcessesOnPostgres({
      count: 2,
      env: {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: oidc.clientId,
        OIDC_CLIENT_SECRET: oidc.clientSecret,
        OIDC_REDIRECT_URIS: oidc.redirectUris.join(','),
      },
    });
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await provider?.close();
  });

  it('a sign-in begun on process 1 finishes on process 2; signing out on process 1 ends the session on process 2', async () => {
    const [one, two] = api!.urls.map((url) => new ApiClient(url)) as [ApiClient, ApiClient];
    const started = await one.post('/api/v1/auth/oidc/start', { redirectUri: TEST_REDIRECT_URI, returnTo: '/' });
    expect(started.status).toBe(200);
    const callbackUrl = await signInAtProvider({ authorizationUrl: started.body.authorizationUrl, sub: 'sub-mp' });
    const signedIn = await finishSignIn({ http: two, callbackUrl, state: started.body.state });
    expect(signedIn.status, api!.output()).toBe(200);
    const { token } = signedIn.body;
    expect((await one.get('/api/v1/tenants', { token })).status).toBe(200);
    expect((await two.get('/api/v1/tenants', { token })).status).toBe(200);

    expect((await one.post('/api/v1/auth/oidc/sign-out', { postLogoutRedirectUri: TEST_POST_LOGOUT_URI }, { token })).status).toBe(200);
    expect((await two.get('/api/v1/tenants', { token })).status).toBe(401);
    expect((await one.get('/api/v1/tenants', { token })).status).toBe(401);
  });
});
