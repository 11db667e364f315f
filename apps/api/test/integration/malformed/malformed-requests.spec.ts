import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { beforeAll, expect, it } from 'vitest';
import { listRoutes } from '../../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { restPath } from '../route-walk/walk-call.js';
import { WALK_TENANTS } from '../route-walk/walk-callers.js';
import { REST_EXPECTATIONS } from '../route-walk/walk-expectations.js';
import { REQUESTS, scimTokenOf } from '../route-walk/walk-requests.js';
import { buildWalkTenant, type WalkTenant } from '../route-walk/walk-world.js';
import { databaseFingerprint } from './database-fingerprint.js';
import { malformedCases, type MalformedCase } from './malformed-cases.js';
import { SPEC_CODES } from './spec-codes.js';
import { testSeed } from './test-seed.js';

/** CI sends at least 200 malformed requests per mutating route; local runs fewer unless asked. */
const RUNS = Number(process.env.MALFORMED_RUNS ?? (process.env.CI ? 200 : 40));
const SEED = testSeed({ variable: 'MALFORMED_SEED', ci: 1207 });

const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

const MUTATING_ROUTES = Object.keys(REST_EXPECTATIONS).filter((key) => /^(POST|PUT|PATCH|DELETE) /.test(key));

async function send({
  baseUrl,
  method,
  path,
  tenantId,
  kase,
  token,
}: {
  baseUrl: string;
  method: string;
  path: string;
  tenantId: string;
  kase: MalformedCase;
  token?: string;
}) {
  const headers: Record<string, string> = { ...kase.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const url = `${baseUrl}${restPath({ path, tenantId, request: { params: kase.params, query: kase.query } })}`;
  const response = await fetch(url, { method, headers, body: kase.body });
  const text = await response.text();
  let body: { code?: string; detail?: string; schemas?: string[]; status?: string } | string = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: reported as it is
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
}

describeOnEachDatabase('malformed requests', (get) => {
  const tenants = new Map<string, WalkTenant>();
  beforeAll(async () => {
    for (const spec of WALK_TENANTS) tenants.set(spec.key, await buildWalkTenant({ s: get(), spec }));
  }, 60_000);

  for (const key of MUTATING_ROUTES) {
    it(`every malformed request to ${key} answers a 4xx problem with a SPEC code and changes nothing`, async () => {
      const s = get();
      const [method, path] = key.split(' ') as [string, string];
      const expectation = REST_EXPECTATIONS[key]!;
      const tenant = tenants.get(expectation.walkIn?.[0] ?? 'integrate')!;
      const route = listRoutes({ app: s.api.app }).find((candidate) => candidate.method === method && candidate.path === path);
      expect(route, `${key} is registered`).toBeDefined();
      // As the tenant's user manager (or the platform), so that validation, not authorization, decides.
      const token =
        expectation.access === 'platform'
          ? s.platform
          : expectation.access === 'public'
            ? undefined
            : expectation.access === 'scim'
              ? await scimTokenOf({ s, tenant })
              : tenant.managerToken;
      const valid = await REQUESTS[expectation.request]({ s, tenant });
      const params = path.includes(':tenantId') ? { tenantId: tenant.tenantId, ...valid.params } : valid.params;
      const cases = fc.sample(malformedCases({ shape: { ...valid, params, bodySchema: route!.body, querySchema: route!.query } }), {
        numRuns: RUNS,
        seed: SEED,
      });

      const dataSource = s.api.app.get(DataSource);
      const before = await databaseFingerprint({ dataSource });
      const failures: string[] = [];
      for (const kase of cases) {
        const answer = await send({ baseUrl: s.api.baseUrl, method, path, tenantId: tenant.tenantId, kase, token });
        const code = typeof answer.body === 'object' ? answer.body.code : undefined;
        // SCIM routes answer SCIM errors (RFC 7644 §3.12): status as a string, the error schema.
        const wellAnswered =
          answer.status >= 400 &&
          answer.status < 500 &&
          (expectation.access === 'scim'
            ? answer.contentType.startsWith('application/scim+json') &&
              typeof answer.body === 'object' &&
              answer.body.schemas?.[0] === SCIM_ERROR &&
              answer.body.status === String(answer.status)
            : answer.contentType.startsWith('application/problem+json') && SPEC_CODES.has(code ?? ''));
        if (!wellAnswered) failures.push(`${kase.label} → ${answer.status} ${answer.contentType} ${JSON.stringify(answer.body).slice(0, 160)}`);
      }
      const after = await databaseFingerprint({ dataSource });
      if (failures.length > 0)
        console.log(
          `${key} (seed ${SEED}): ${failures.length} of ${cases.length} badly answered${failures
            .slice(0, 15)
            .map((line) => `\n  ${line}`)
            .join('')}`,
        );
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(after, `stored state changed (seed ${SEED})`).toEqual(before);
      expect(cases.length).toBe(RUNS);
    }, 120_000);
  }
});
