import { expect, it } from 'vitest';
import type { RequestOptions } from './harness/api-client.js';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

interface Ask {
  name: string;
  body?: unknown;
  options: RequestOptions;
}

/** Status, content type and body: everything a client of the contract reads. */
async function answerOf({ s, path, ask }: { s: Scenario; path: string; ask: Ask }) {
  const response = await s.http.request('POST', path, ask.body, ask.options);
  return { status: response.status, contentType: response.headers.get('content-type'), body: response.body, poweredBy: response.headers.get('x-powered-by') };
}

/**
 * Which path answered: the API never names its framework, so these tests turn Express's
 * `X-Powered-By` back on in their own API process, where only Express (never the lane) sets it.
 */
function markExpressAnswers({ s }: { s: Scenario }): void {
  (s.api.app.getHttpAdapter().getInstance() as { enable(setting: string): void }).enable('x-powered-by');
}

/** The two routes the lane serves, and how a list of checks is sent to each. */
const LANE_ROUTES = [
  { route: 'check/batch', bodyOf: (checks: object[], extra: object = {}) => ({ checks, ...extra }) },
  { route: 'check', bodyOf: (checks: object[], extra: object = {}) => ({ ...(checks[0] ?? {}), ...extra }) },
];

describeOnEachDatabase('The fast lane answers check and check/batch exactly as the declared routes', (get) => {
  for (const { route, bodyOf } of LANE_ROUTES)
    it(`Contract: every kind of ${route} request answers the same through the fast lane and through Express`, async () => {
      const s = get();
      markExpressAnswers({ s });
      const tenantId = await s.tenant({ product: 'integrate', administrators: ['fl-admin@x.test'] });
      const otherTenant = await s.tenant({ product: 'integrate', administrators: ['fl-other@x.test'] });
      const admin = await s.signIn('fl-admin@x.test');
      await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'fl-consumer@x.test' }, admin);
      const consumer = await s.signIn('fl-consumer@x.test');
      const stranger = await s.signIn('fl-other@x.test');
      const login = await s.http.post('/api/v1/auth/dev-login', { email: 'fl-admin@x.test' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const checks = [
        { permission: 'jobs.run' },
        { email: 'fl-consumer@x.test', permission: 'jobs.view' },
        { email: 'nobody@x.test', permission: 'jobs.view' },
      ];
      const asks: Ask[] = [
        { name: 'an administrator', body: bodyOf(checks), options: { token: admin } },
        { name: 'a consumer about themself', body: bodyOf([{ permission: 'jobs.view' }, { permission: 'tenant.manage' }]), options: { token: consumer } },
        { name: 'a consumer about someone else', body: bodyOf(checks.slice(1)), options: { token: consumer } },
        { name: 'an unknown permission', body: bodyOf([{ permission: 'no.such' }]), options: { token: admin } },
        { name: 'an extra field', body: bodyOf(checks, { tenantId }), options: { token: admin } },
        { name: 'no checks', body: bodyOf([]), options: { token: admin } },
        { name: 'both principalId and email', body: bodyOf([{ principalId: 'p', email: 'a@x.test', permission: 'jobs.run' }]), options: { token: admin } },
        { name: 'no body', options: { token: admin } },
        { name: 'a JSON null', options: { token: admin, rawBody: 'null', headers: { 'content-type': 'application/json' } } },
        { name: 'malformed JSON', options: { token: admin, rawBody: '{"checks": [', headers: { 'content-type': 'application/json' } } },
        { name: 'a text body', options: { token: admin, rawBody: 'checks', headers: { 'content-type': 'text/plain' } } },
        { name: 'nobody signed in', body: bodyOf(checks), options: {} },
        { name: 'an unknown token', body: bodyOf(checks), options: { token: 'lk_not_a_key' } },
        { name: 'an administrator of another tenant', body: bodyOf(checks), options: { token: stranger } },
        { name: 'a cookie from a foreign origin', body: bodyOf(checks), options: { headers: { cookie, origin: 'https://evil.example' } } },
        { name: 'a cookie from the API itself', body: bodyOf(checks), options: { headers: { cookie, origin: s.api.baseUrl } } },
        { name: 'the platform token', body: bodyOf(checks), options: { token: s.api.platformToken } },
      ];
      const fast = `/api/v1/tenants/${tenantId}/${route}`;
      // A trailing slash is outside the lane's plain form, so Express and Nest's pipeline answer it.
      const declared = `${fast}/`;
      const statuses = new Set<number>();
      for (const ask of asks) {
        const viaLane = await answerOf({ s, path: fast, ask });
        const viaExpress = await answerOf({ s, path: declared, ask });
        expect(viaExpress.poweredBy, `${ask.name}: Express answers the slashed path`).toBe('Express');
        expect(viaLane.poweredBy, `${ask.name}: the lane answers the plain path`).toBeNull();
        expect({ ...viaLane, poweredBy: null }, ask.name).toEqual({ ...viaExpress, poweredBy: null });
        statuses.add(viaLane.status);
      }
      expect([...statuses].sort()).toEqual([200, 400, 401, 403, 404, 415]);
      // A tenant id that is not the caller's answers as one that does not exist, on both paths.
      const foreign = await answerOf({ s, path: `/api/v1/tenants/${otherTenant}/${route}`, ask: asks[0]! });
      expect(foreign.status).toBe(404);
    });

  it('Contract: a query string, an escaped tenant id or another method leave the lane for the declared route', async () => {
    const s = get();
    markExpressAnswers({ s });
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['fl2-admin@x.test'] });
    const admin = await s.signIn('fl2-admin@x.test');
    const body = { checks: [{ permission: 'jobs.run' }] };
    const withQuery = await s.http.post(`/api/v1/tenants/${tenantId}/check/batch?explain=1`, body, { token: admin });
    expect(withQuery.status).toBe(400);
    expect(withQuery.body.code).toBe('VALIDATION');
    expect(withQuery.headers.get('x-powered-by')).toBe('Express');
    const escaped = await s.http.post(`/api/v1/tenants/${encodeURIComponent(tenantId).replace(/-/g, '%2D')}/check/batch`, body, { token: admin });
    expect(escaped.status).toBe(200);
    expect(escaped.body.results[0].allowed).toBe(true);
    expect(escaped.headers.get('x-powered-by')).toBe('Express');
    const asGet = await s.http.get(`/api/v1/tenants/${tenantId}/check/batch`, { token: admin });
    expect(asGet.status).toBe(404);
    expect(asGet.headers.get('x-powered-by')).toBe('Express');
  });
});
