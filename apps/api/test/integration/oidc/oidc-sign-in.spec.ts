import { afterAll, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import type { ApiResponse } from '../harness/api-client.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { finishSignIn, startAndSignIn, startTestProvider, TEST_POST_LOGOUT_URI, TEST_REDIRECT_URI } from '../harness/oidc-provider.js';
import type { Scenario } from '../harness/scenario.js';
import { entraUser, ScimClient } from '../scim/scim-client.js';

const { provider, oidc } = await startTestProvider({
  accounts: [
    { sub: 'sub-r4', email: 'r4-oidc@x.test' },
    { sub: 'sub-again', email: 'again@x.test' },
    { sub: 'sub-unverified', email: 'unverified@x.test', emailVerified: false },
    { sub: 'sub-linked-first', email: 'linked@x.test' },
    { sub: 'sub-linked-second', email: 'LINKED@x.test' },
    { sub: 'sub-tokens', email: 'tokens@x.test' },
    { sub: 'sub-out', email: 'out@x.test' },
    { sub: 'sub-case', email: 'Mixed.Case@X.test' },
    { sub: 'sub-inactive', email: 'inactive@x.test' },
  ],
});
afterAll(() => provider.close());

const sessionCount = async (s: Scenario) => Number((await s.api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM sessions'))[0].n);

function expectRefusal(response: ApiResponse, status: number, code: string, reason: string) {
  expect(response.status, reason).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ code, reason, detail: expect.any(String) });
}

/** Each refusal: the answer says why, and no session exists afterwards. */
async function expectRefusedWithoutSession(s: Scenario, attempt: () => Promise<ApiResponse>, status: number, code: string, reason: string) {
  const before = await sessionCount(s);
  expectRefusal(await attempt(), status, code, reason);
  expect(await sessionCount(s)).toBe(before);
}

describeOnEachDatabase(
  'Sign-in with OpenID Connect',
  (get) => {
    it('R4: the first OpenID sign-in links the account and accepts the pending invitation in every tenant; each sign-in is a new session', async () => {
      const s = get();
      const integrate = await s.tenant({ product: 'integrate', administrators: ['r4-oidc@x.test'] });
      const monitor = await s.tenant({ product: 'monitor', administrators: ['r4-oidc@x.test'] });
      const { callbackUrl, state } = await startAndSignIn({ http: s.http, sub: 'sub-r4', returnTo: `/t/${integrate}/roles` });
      const signedIn = await finishSignIn({ http: s.http, callbackUrl, state });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toMatchObject({ email: 'r4-oidc@x.test', returnTo: `/t/${integrate}/roles`, token: expect.stringMatching(/^lss_/) });
      for (const tenantId of [integrate, monitor]) {
        const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/administrator/members`, { token: signedIn.body.token });
        expect(members.body.items).toEqual([expect.objectContaining({ email: 'r4-oidc@x.test', status: 'User' })]);
      }
      const linked = await s.api.app.get(DataSource).query("SELECT oidc_issuer, oidc_subject FROM users WHERE email = 'r4-oidc@x.test'");
      expect(linked).toEqual([{ oidc_issuer: provider.issuer, oidc_subject: 'sub-r4' }]);

      const again = await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-r4' })) });
      expect(again.status).toBe(200);
      expect(again.body.token).not.toBe(signedIn.body.token);
      expect((await s.http.get('/api/v1/tenants', { token: again.body.token })).status).toBe(200);
    });

    it('R4: an ID token that spells the address in capitals signs in the invited lower-case address and accepts its invitation', async () => {
      const s = get();
      const tenantId = await s.tenant({ product: 'assist', administrators: ['mixed.case@x.test'] });
      const signedIn = await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-case' })) });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.email).toBe('mixed.case@x.test');
      const members = await s.http.get(`/api/v1/tenants/${tenantId}/roles/administrator/members`, { token: signedIn.body.token });
      expect(members.body.items).toEqual([expect.objectContaining({ email: 'mixed.case@x.test', status: 'User' })]);
    });

    it('Production: a user their directory deactivated over SCIM is refused at OpenID sign-in with no session, and signs in once reactivated', async () => {
      const s = get();
      const orgId = await s.organization();
      await s.tenant({ product: 'integrate', orgId, administrators: ['inactive@x.test'] });
      const scim = await ScimClient.forOrganization({ s, orgId });
      const user = await scim.request('POST', '/Users', entraUser({ userName: 'inactive@x.test', externalId: 'entra-inactive' }));
      expect((await scim.request('PATCH', `/Users/${user.body.id}`, scim.patchOf({ op: 'Replace', path: 'active', value: 'False' }))).status).toBe(200);
      const flow = await startAndSignIn({ http: s.http, sub: 'sub-inactive' });
      await expectRefusedWithoutSession(s, () => finishSignIn({ http: s.http, ...flow }), 403, 'FORBIDDEN', 'DIRECTORY_INACTIVE');
      expect((await scim.request('PATCH', `/Users/${user.body.id}`, scim.patchOf({ op: 'Replace', path: 'active', value: 'True' }))).status).toBe(200);
      expect((await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-inactive' })) })).status).toBe(200);
    });

    it('refuses an unverified email, and creates neither session nor user', async () => {
      const s = get();
      const flow = await startAndSignIn({ http: s.http, sub: 'sub-unverified' });
      await expectRefusedWithoutSession(s, () => finishSignIn({ http: s.http, ...flow }), 403, 'FORBIDDEN', 'EMAIL_NOT_VERIFIED');
      expect(await s.api.app.get(DataSource).query("SELECT id FROM users WHERE email = 'unverified@x.test'")).toEqual([]);
    });

    it('refuses a second subject for an email already linked to another', async () => {
      const s = get();
      expect((await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-linked-first' })) })).status).toBe(200);
      const flow = await startAndSignIn({ http: s.http, sub: 'sub-linked-second' });
      await expectRefusedWithoutSession(s, () => finishSignIn({ http: s.http, ...flow }), 403, 'FORBIDDEN', 'LINKED_TO_ANOTHER_ACCOUNT');
    });

    it('refuses ID tokens with a wrong audience, a wrong issuer, an expiry in the past or a signature from an unpublished key', async () => {
      const s = get();
      const now = Math.floor(Date.now() / 1000);
      const cases = {
        audience: { claims: (c: Record<string, unknown>) => ({ ...c, aud: 'another-application' }) },
        issuer: { claims: (c: Record<string, unknown>) => ({ ...c, iss: 'http://127.0.0.1:1/another-issuer' }) },
        expiry: { claims: (c: Record<string, unknown>) => ({ ...c, iat: now - 7200, exp: now - 3600 }) },
        signature: { foreignKey: true },
      };
      try {
        for (const [name, tampering] of Object.entries(cases)) {
          provider.tamperIdTokens(tampering);
          const flow = await startAndSignIn({ http: s.http, sub: 'sub-tokens' });
          const before = await sessionCount(s);
          const answer = await finishSignIn({ http: s.http, ...flow });
          expect(answer.status, name).toBe(401);
          expect(answer.body, name).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_NOT_VALID' });
          expect(await sessionCount(s), name).toBe(before);
        }
      } finally {
        provider.tamperIdTokens(null);
      }
      expect((await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-tokens' })) })).status).toBe(200);
    });

    it('refuses a reused code and state, a changed state, a state from another browser and a provider error', async () => {
      const s = get();
      const flow = await startAndSignIn({ http: s.http, sub: 'sub-again' });
      expect((await finishSignIn({ http: s.http, ...flow })).status).toBe(200);
      await expectRefusedWithoutSession(s, () => finishSignIn({ http: s.http, ...flow }), 401, 'UNAUTHENTICATED', 'ATTEMPT_NOT_VALID');

      const fresh = await startAndSignIn({ http: s.http, sub: 'sub-again' });
      const changed = new URL(fresh.callbackUrl);
      changed.searchParams.set('state', 'changed-by-an-attacker');
      await expectRefusedWithoutSession(
        s,
        () => finishSignIn({ http: s.http, callbackUrl: changed.href, state: 'changed-by-an-attacker' }),
        401,
        'UNAUTHENTICATED',
        'ATTEMPT_NOT_VALID',
      );
      await expectRefusedWithoutSession(
        s,
        () => finishSignIn({ http: s.http, callbackUrl: fresh.callbackUrl, state: 'another-browser' }),
        401,
        'UNAUTHENTICATED',
        'ATTEMPT_NOT_VALID',
      );
      // The attempt survived both: the browser that began it still finishes it.
      expect((await finishSignIn({ http: s.http, ...fresh })).status).toBe(200);

      const started = await s.http.post('/api/v1/auth/oidc/start', { redirectUri: TEST_REDIRECT_URI, returnTo: '/' });
      const denied = `${TEST_REDIRECT_URI}?error=access_denied&error_description=The+user+cancelled&state=${started.body.state}&iss=${encodeURIComponent(provider.issuer)}`;
      await expectRefusedWithoutSession(
        s,
        () => finishSignIn({ http: s.http, callbackUrl: denied, state: started.body.state }),
        401,
        'UNAUTHENTICATED',
        'PROVIDER_ERROR',
      );
    });

    it('accepts only configured redirect URIs and same-site return paths', async () => {
      const s = get();
      for (const body of [
        { redirectUri: 'https://evil.example/sign-in/callback', returnTo: '/' },
        { redirectUri: TEST_REDIRECT_URI, returnTo: '//evil.example/' },
        { redirectUri: TEST_REDIRECT_URI, returnTo: 'https://evil.example/' },
        { redirectUri: TEST_REDIRECT_URI, returnTo: '/', extra: true },
      ]) {
        const answer = await s.http.post('/api/v1/auth/oidc/start', body);
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(answer.body.code).toBe('VALIDATION');
      }
      expect((await s.http.post('/api/v1/auth/dev-login', { email: 'someone@x.test' })).status).toBe(403);
      expect((await s.http.get('/api/v1/auth/sign-in-method')).body).toEqual({ mode: 'oidc', providerName: 'Local provider' });
    });

    it('validates tokens signed with a rotated key: the new key is fetched from the provider', async () => {
      const s = get();
      expect((await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-again' })) })).status).toBe(200);
      await provider.rotateSigningKey();
      // openid-client fetches the provider's keys again for an unknown key at most once a minute:
      // the clock of this process (API and provider alike) moves a minute on instead of waiting.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
      try {
        expect((await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-again' })) })).status).toBe(200);
      } finally {
        vi.useRealTimers();
      }
    });

    it("signing out ends the session and answers the provider's sign-out with id_token_hint", async () => {
      const s = get();
      const { token } = (await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-out' })) })).body;
      expect((await s.http.get('/api/v1/tenants', { token })).status).toBe(200);
      const out = await s.http.post('/api/v1/auth/oidc/sign-out', { postLogoutRedirectUri: TEST_POST_LOGOUT_URI }, { token });
      expect(out.status).toBe(200);
      const end = new URL(out.body.endSessionUrl);
      expect(end.origin).toBe(provider.issuer);
      expect(end.searchParams.get('post_logout_redirect_uri')).toBe(TEST_POST_LOGOUT_URI);
      expect(end.searchParams.get('id_token_hint')).toEqual(expect.any(String));
      // The provider knows the hint: it offers to end its session instead of refusing.
      expect((await fetch(end, { redirect: 'manual' })).status).toBe(200);
      expect((await s.http.get('/api/v1/tenants', { token })).status).toBe(401);
      const elsewhere = await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-out' })) });
      const refused = await s.http.post('/api/v1/auth/oidc/sign-out', { postLogoutRedirectUri: 'https://evil.example/' }, { token: elsewhere.body.token });
      expect(refused.status).toBe(400);
    });
  },
  { config: { authMode: 'oidc', oidc } },
);

describeOnEachDatabase(
  'Sessions end when idle and at their absolute lifetime',
  (get) => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    it('a session unused for the idle time ends; one in use lives until its absolute end, then ends', async () => {
      const s = get();
      const idle = (await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-again' })) })).body.token;
      const busy = (await finishSignIn({ http: s.http, ...(await startAndSignIn({ http: s.http, sub: 'sub-again' })) })).body.token;
      const signedInAt = Date.now();
      const works = async (token: string) => (await s.http.get('/api/v1/tenants', { token })).status === 200;
      // Idle 2 s, absolute 4 s: the busy session is used every 0.5 s, the idle one only at the start.
      expect(await works(idle)).toBe(true);
      while (Date.now() - signedInAt < 3_300) {
        expect(await works(busy)).toBe(true);
        await pause(500);
      }
      expect(await works(idle)).toBe(false);
      await pause(Math.max(0, 4_300 - (Date.now() - signedInAt)));
      expect(await works(busy)).toBe(false);
    });
  },
  { config: { authMode: 'oidc', oidc, sessions: { idleSeconds: 2, maxSeconds: 4 } } },
);
