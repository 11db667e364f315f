import { expect, it } from 'vitest';
import { describeAccess } from '../../../src/auth/access.js';
import { listProcedures, listRoutes } from '../../../src/common/routes/route-registry.js';
import type { ApiResponse } from '../harness/api-client.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';
import { expectedOutcome, outcomeOf, type WalkCaller } from './expected-outcome.js';
import { callProcedure, callRest } from './walk-call.js';
import { emailOf, OUTSIDE_CALLERS, type WalkTenantSpec } from './walk-callers.js';
import { PROCEDURE_EXPECTATIONS, REST_EXPECTATIONS, type EndpointExpectation } from './walk-expectations.js';
import { compileWalkModel } from './walk-model.js';
import { REQUESTS, type WalkRequest } from './walk-requests.js';
import { buildWalkTenant, type WalkTenant } from './walk-world.js';
import { walkedTenants } from './walked-tenants.js';

const declared = (access: Parameters<typeof describeAccess>[0]['access'] | null) => (access ? describeAccess({ access }) : 'closed');

function tokenOf({ s, tenant, caller }: { s: Scenario; tenant: WalkTenant; caller: WalkCaller }): string | undefined {
  if (caller.kind === 'tenant') return tenant.tokens.get(caller.name);
  switch (caller.name) {
    case 'anonymous':
      return undefined;
    case 'deleted-key':
      return tenant.deletedKeySecret;
    case 'platform':
      return s.platform;
    case 'other-tenant-admin':
      return tenant.otherTenantAdminToken;
  }
}

/**
 * Signing out ends the session it is called with; so that later calls keep theirs, a caller
 * signed in by session signs out with a session of its own (API keys and outsiders keep theirs).
 */
async function callerToken({ s, tenant, caller, endsSession }: { s: Scenario; tenant: WalkTenant; caller: WalkCaller; endsSession: boolean }) {
  const token = tokenOf({ s, tenant, caller });
  if (!endsSession || !token?.startsWith('lss_')) return token;
  const session = await s.http.post('/api/v1/auth/dev-login', { email: emailOf({ tenantKey: tenant.spec.key, caller: caller.name }) });
  return session.body.token as string;
}

const walksIn = ({ expectation, tenantKey }: { expectation: EndpointExpectation; tenantKey: string }) =>
  expectation.walkIn === null || expectation.walkIn.includes(tenantKey);

async function walkTenant({ s, spec }: { s: Scenario; spec: WalkTenantSpec }) {
  const tenant = await buildWalkTenant({ s, spec });
  const model = compileWalkModel({ spec, product: tenant.product });
  const callers: WalkCaller[] = [
    ...spec.callers.map((caller): WalkCaller => ({ kind: 'tenant', name: caller.name })),
    ...OUTSIDE_CALLERS.map((name): WalkCaller => ({ kind: 'outside', name })),
  ];
  const endpoints = [
    ...Object.entries(REST_EXPECTATIONS).map(([key, expectation]) => {
      const [method, path] = key.split(' ') as [string, string];
      return {
        name: key,
        expectation,
        call: (request: WalkRequest, token?: string) => callRest({ http: s.http, method, path, tenantId: tenant.tenantId, request, token }),
      };
    }),
    ...Object.entries(PROCEDURE_EXPECTATIONS).map(([procedure, expectation]) => ({
      name: `trpc ${procedure}`,
      expectation,
      call: (request: WalkRequest, token?: string) => callProcedure({ http: s.http, procedure, expectation, tenantId: tenant.tenantId, request, token }),
    })),
  ].filter(({ expectation }) => walksIn({ expectation, tenantKey: spec.key }));

  const mismatches: string[] = [];
  let calls = 0;
  for (const endpoint of endpoints) {
    for (const caller of callers) {
      const request = await REQUESTS[endpoint.expectation.request]({ s, tenant });
      const token = await callerToken({ s, tenant, caller, endsSession: endpoint.expectation.endsSession === true });
      const response: ApiResponse = await endpoint.call(request, token);
      calls += 1;
      const expected = expectedOutcome({ expectation: endpoint.expectation, caller, product: tenant.product, model });
      const observed = outcomeOf({ status: response.status });
      if (process.env.WALK_TRACE)
        console.log(
          `${spec.key} | ${caller.name} | ${endpoint.name} → ${response.status} ${response.body?.code ?? response.body?.error?.data?.problem?.code ?? ''}`,
        );
      if (observed !== expected) {
        const answer = response.body?.code ?? response.body?.error?.data?.problem?.code ?? response.body?.error?.message ?? '';
        mismatches.push(`${spec.key} | ${caller.name} | ${endpoint.name}: expected ${expected}, got ${response.status} ${answer}`);
      }
    }
  }
  return { mismatches, calls };
}

describeOnEachDatabase('route × caller walk', (get) => {
  it('every registered REST route and tRPC procedure has an expectation entry with the access it declares', () => {
    const routes = listRoutes({ app: get().api.app });
    const registered = new Map(routes.map((route) => [`${route.method} ${route.path}`, declared(route.access)]));
    const missing = [...registered.keys()].filter((key) => !(key in REST_EXPECTATIONS));
    expect(missing, `routes without an entry in walk-expectations.ts: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(REST_EXPECTATIONS).filter((key) => !registered.has(key));
    expect(stale, `entries for routes that no longer exist: ${stale.join(', ')}`).toEqual([]);
    const changed = [...registered].filter(([key, access]) => REST_EXPECTATIONS[key]!.access !== access).map(([key, access]) => `${key} declares ${access}`);
    expect(changed).toEqual([]);

    const procedures = new Map(listProcedures().map((procedure) => [procedure.path, procedure]));
    const missingProcedures = [...procedures.keys()].filter((path) => !(path in PROCEDURE_EXPECTATIONS));
    expect(missingProcedures, `procedures without an entry in walk-expectations.ts: ${missingProcedures.join(', ')}`).toEqual([]);
    expect(Object.keys(PROCEDURE_EXPECTATIONS).filter((path) => !procedures.has(path))).toEqual([]);
    const changedProcedures = [...procedures.values()]
      .filter((procedure) => {
        const expectation = PROCEDURE_EXPECTATIONS[procedure.path]!;
        return expectation.access !== declared(procedure.access) || expectation.type !== procedure.type;
      })
      .map((procedure) => `${procedure.path} is a ${procedure.type} declaring ${declared(procedure.access)}`);
    expect(changedProcedures).toEqual([]);
  });

  for (const spec of walkedTenants({ env: process.env })) {
    it(`R9, R16, R17, R19, R20, R21: in a ${spec.key} tenant every route and procedure answers every caller as its declared access and SPEC §3 say (deny by default)`, async () => {
      const started = Date.now();
      const { mismatches, calls } = await walkTenant({ s: get(), spec });
      console.log(
        `route walk ${spec.key}: ${calls} calls, ${mismatches.length} mismatches, ${Date.now() - started} ms${mismatches.map((line) => `\n  ${line}`).join('')}`,
      );
      expect(mismatches).toEqual([]);
    }, 180_000);
  }
});
