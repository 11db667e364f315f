import { DataSource } from 'typeorm';
import { beforeAll, expect, it } from 'vitest';
import { listRoutes } from '../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import { databaseFingerprint } from './malformed/database-fingerprint.js';
import { callRest } from './route-walk/walk-call.js';
import { WALK_TENANTS } from './route-walk/walk-callers.js';
import { REST_EXPECTATIONS } from './route-walk/walk-expectations.js';
import { REQUESTS, scimTokenOf, type WalkRequest } from './route-walk/walk-requests.js';
import { buildWalkTenant, type WalkTenant } from './route-walk/walk-world.js';

const UNKNOWN = 'walkUnknownParameter';

describeOnEachDatabase('unknown query parameters', (get) => {
  const tenants = new Map<string, WalkTenant>();
  beforeAll(async () => {
    for (const spec of WALK_TENANTS) tenants.set(spec.key, await buildWalkTenant({ s: get(), spec }));
  }, 60_000);

  it('Strict input: every registered REST route refuses an unknown query parameter with VALIDATION naming it, and changes nothing', async () => {
    const s = get();
    const dataSource = s.api.app.get(DataSource);
    const routes = listRoutes({ app: s.api.app });
    expect(routes.length).toBe(Object.keys(REST_EXPECTATIONS).length);
    const failures: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const expectation = REST_EXPECTATIONS[key];
      if (!expectation) {
        failures.push(`${key}: no walk expectation to build its request from`);
        continue;
      }
      const tenant = tenants.get(expectation.walkIn?.[0] ?? 'integrate')!;
      // A request that is otherwise valid, sent by whoever may call the route: only the query can refuse it.
      const token =
        expectation.access === 'platform'
          ? s.platform
          : expectation.access === 'public'
            ? undefined
            : expectation.access === 'scim'
              ? await scimTokenOf({ s, tenant })
              : tenant.managerToken;
      const valid: WalkRequest = await REQUESTS[expectation.request]({ s, tenant });
      const request = { ...valid, query: { ...valid.query, [UNKNOWN]: 'true' } };
      const before = await databaseFingerprint({ dataSource });
      const answer = await callRest({ http: s.http, method: route.method, path: route.path, tenantId: tenant.tenantId, request, token });
      const after = await databaseFingerprint({ dataSource });
      const namesIt = JSON.stringify(answer.body).includes(UNKNOWN);
      // SCIM routes refuse in SCIM's own format (RFC 7644 §3.12), naming the parameter alike.
      const refused =
        expectation.access === 'scim' ? answer.body?.schemas?.[0] === 'urn:ietf:params:scim:api:messages:2.0:Error' : answer.body?.code === 'VALIDATION';
      if (answer.status !== 400 || !refused || !namesIt) {
        failures.push(`${key}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
      }
      if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${key}: the stored state changed`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('Strict input: a route without query parameters names each unknown one; one with a query schema still takes its own', async () => {
    const s = get();
    const tenant = tenants.get('integrate')!;
    const base = `/api/v1/tenants/${tenant.tenantId}`;
    const as = { token: tenant.managerToken };
    const me = await s.http.get(`${base}/me?x=1&isAdmin=true`, as);
    expect(me.status).toBe(400);
    expect(me.body.code).toBe('VALIDATION');
    expect(me.body.issues.map((issue: { path: string[] }) => issue.path)).toEqual([['x'], ['isAdmin']]);
    const check = await s.http.post(`${base}/check?isAdmin=true`, { permission: 'tenant.manage' }, as);
    expect(check.status).toBe(400);
    expect(check.body.detail).toContain('isAdmin');
    expect((await s.http.get(`${base}/roles/consumer/members?limit=1`, as)).status).toBe(200);
    expect((await s.http.get(`${base}/me?`, as)).status).toBe(200);
  });

  it('Strict input: who is asking is settled before the query; an anonymous caller with an unknown parameter is UNAUTHENTICATED', async () => {
    const s = get();
    const tenant = tenants.get('integrate')!;
    const anonymous = await s.http.get(`/api/v1/tenants/${tenant.tenantId}/me?x=1`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
  });
});
