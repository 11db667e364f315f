import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { beforeAll, expect, it } from 'vitest';
import { listRoutes, type RouteEntry } from '../../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';
import { WALK_TENANTS } from '../route-walk/walk-callers.js';
import { REST_EXPECTATIONS, type EndpointExpectation } from '../route-walk/walk-expectations.js';
import { REQUESTS, type WalkRequest } from '../route-walk/walk-requests.js';
import { buildWalkTenant, type WalkTenant } from '../route-walk/walk-world.js';
import { databaseFingerprint } from './database-fingerprint.js';
import { hostileCases, type HostileCase } from './hostile-cases.js';
import { securityHeaderFaults } from './security-headers.js';
import { testSeed } from './test-seed.js';

/**
 * SPEC §4: bad input never yields a 5xx and never changes state. Every route the route walk knows
 * gets hostile path ids, queries, cursors, cookies and headers: at least 500 requests per mutating
 * route and 100 per reading one (FC_NUM_RUNS sets the mutating count; reads get a fifth of it).
 */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 500);
const SEED = testSeed({ variable: 'FC_SEED', ci: 1873 });
const ROUTES = Object.keys(REST_EXPECTATIONS);
const isMutating = (key: string) => /^(POST|PUT|PATCH|DELETE) /.test(key);

function credentialsFor({ s, expectation, tenant }: { s: Scenario; expectation: EndpointExpectation; tenant: WalkTenant }): string | undefined {
  if (expectation.access === 'platform') return s.platform;
  if (expectation.access === 'public') return undefined;
  return tenant.managerToken;
}

function hostileUrl({ path, kase }: { path: string; kase: HostileCase }): string {
  const filled = path.replace(/:([A-Za-z]+)/g, (_, name: string) => kase.rawParams[name] ?? '');
  return kase.query ? `${filled}?${kase.query}` : filled;
}

async function send({ s, method, path, kase, token, body }: { s: Scenario; method: string; path: string; kase: HostileCase; token?: string; body: unknown }) {
  const headers: Record<string, string> = { ...kase.headers };
  if (kase.withCredentials && token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${s.api.baseUrl}${hostileUrl({ path, kase })}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

describeOnEachDatabase('hostile requests to every route', (get) => {
  const tenants = new Map<string, WalkTenant>();
  let routes: RouteEntry[] = [];
  beforeAll(async () => {
    for (const spec of WALK_TENANTS) tenants.set(spec.key, await buildWalkTenant({ s: get(), spec }));
    routes = listRoutes({ app: get().api.app });
  }, 120_000);

  for (const key of ROUTES) {
    const runs = isMutating(key) ? RUNS : Math.max(1, Math.round(RUNS / 5));
    it(`SPEC §4 "bad input never yields a 5xx": ${runs} hostile requests to ${key} answer 4xx with the security headers and change nothing`, async () => {
      const s = get();
      const [method, path] = key.split(' ') as [string, string];
      const expectation = REST_EXPECTATIONS[key]!;
      const tenant = tenants.get(expectation.walkIn?.[0] ?? 'integrate')!;
      const route = routes.find((candidate) => candidate.method === method && candidate.path === path)!;
      const valid: WalkRequest = await REQUESTS[expectation.request]({ s, tenant });
      const params = path.includes(':tenantId') ? { tenantId: tenant.tenantId, ...valid.params } : valid.params;
      const shape = {
        params,
        query: valid.query ?? {},
        paged: route.query !== null && 'cursor' in ((route.query as unknown as { shape?: object }).shape ?? {}),
        readsQuery: route.query !== null,
        public: expectation.access === 'public',
      };
      const cases = fc.sample(hostileCases({ shape }), { numRuns: runs, seed: SEED });
      const token = credentialsFor({ s, expectation, tenant });

      const dataSource = s.api.app.get(DataSource);
      const before = await databaseFingerprint({ dataSource });
      const failures: string[] = [];
      for (const kase of cases) {
        const answer = await send({ s, method, path, kase, token, body: valid.body });
        // Node's parser answers headers past its 16 KB limit (431) itself, before any listener: a bare status, no content.
        const faults = answer.status === 431 ? [] : securityHeaderFaults({ headers: answer.headers });
        if (answer.status < 400 || answer.status >= 500 || faults.length > 0)
          failures.push(`${kase.label} → ${answer.status} ${faults.join(' ')} ${answer.text.slice(0, 160)}`);
      }
      const after = await databaseFingerprint({ dataSource });
      if (failures.length > 0)
        console.log(
          `${key} (seed ${SEED}): ${failures.length} of ${cases.length} badly answered${failures
            .slice(0, 10)
            .map((line) => `\n  ${line}`)
            .join('')}`,
        );
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(after, `stored state changed (seed ${SEED})`).toEqual(before);
      expect(cases.length).toBe(runs);
    }, 240_000);
  }
});
