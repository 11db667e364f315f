import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { agreeingAnswers, checkVerdict, meLists, requestFor, routeAnswer, type AgreementEndpoint } from './check-agreement/agreement-triple.js';
import { buildAgreementWorld } from './check-agreement/agreement-world.js';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';
import { callProcedure, callRest } from './route-walk/walk-call.js';
import { WALK_TENANTS } from './route-walk/walk-callers.js';
import { PROCEDURE_EXPECTATIONS, REST_EXPECTATIONS } from './route-walk/walk-expectations.js';

/**
 * Contract "Scoped permissions" as a property (issue 16): for random (route, caller, resource)
 * triples, a route answers FORBIDDEN exactly when `check` of its permission for the same caller and
 * resource denies (and `/me` lists a tenant-wide permission exactly when `check` allows it), and NOT_FOUND where `check` finds no such tenant, project or record (Strict
 * input) or the caller sees nothing of the project (R19). Routes are every tenant route and tRPC
 * procedure the route walk knows; callers every role, members through groups, project-role holders,
 * Limited Members, API keys of the product's key policy, an outsider; Monitor's creation setting is
 * flipped at random (R16). The rules' own refusals (ESCALATION, R9; LAST_ADMINISTRATOR …) are not
 * the permission's and count as passing it. AGREEMENT_TRIPLES triples per product, AGREEMENT_SEED the seed.
 */
const TRIPLES = Number(process.env.AGREEMENT_TRIPLES ?? 1000);
const SEED = Number(process.env.AGREEMENT_SEED ?? 1619);
/** Every walk tenant: one per product on the current model, and a legacy one where the product has it (R21). */
const TENANT_KEYS = WALK_TENANTS.map((spec) => spec.key);
const figures: string[] = [];

function endpointsOf({ s, tenantKey, tenantId }: { s: Scenario; tenantKey: string; tenantId: string }): AgreementEndpoint[] {
  // Tenant routes only: platform and public routes ask nothing of `check`.
  const walked = (expectation: AgreementEndpoint['expectation']) =>
    expectation.walkIn !== null && expectation.walkIn.includes(tenantKey) && expectation.access !== 'platform';
  return [
    ...Object.entries(REST_EXPECTATIONS)
      .filter(([, expectation]) => walked(expectation))
      .map(([name, expectation]): AgreementEndpoint => {
        const [method, path] = name.split(' ') as [string, string];
        return { name, expectation, call: (request, token) => callRest({ http: s.http, method, path, tenantId, request, token }) };
      }),
    ...Object.entries(PROCEDURE_EXPECTATIONS)
      .filter(([, expectation]) => walked(expectation))
      .map(([procedure, expectation]): AgreementEndpoint => ({
        name: `trpc ${procedure}`,
        expectation,
        call: (request, token) => callProcedure({ http: s.http, procedure, expectation, tenantId, request, token }),
      })),
  ];
}

describeOnEachDatabase('check agrees with the routes (property)', (get) => {
  for (const tenantKey of TENANT_KEYS) {
    it(
      `R7, R16, R17, R19, R20, R21: in a ${tenantKey} tenant, over ${TRIPLES} random (route, caller, resource) triples a route answers FORBIDDEN exactly when check of its permission denies, NOT_FOUND where check finds nothing`,
      async () => {
        const s = get();
        const started = Date.now();
        const world = await buildAgreementWorld({ s, tenantKey });
        const { tenant, product } = { tenant: world.tenant, product: world.tenant.product };
        const endpoints = endpointsOf({ s, tenantKey: tenant.spec.key, tenantId: tenant.tenantId });
        const restrictable = product.projectCreation.restrictableToAdministrators && tenant.spec.roleModel === 'current';
        const settings = `/api/v1/tenants/${tenant.tenantId}/settings`;
        let creation: 'administrators' | 'project-creators' = 'project-creators';
        const disagreements: string[] = [];
        const routesSeen = new Set<string>();
        const answers = new Map<string, number>();
        let triples = 0;

        const triple = fc.record({
          endpoint: fc.constantFrom(...endpoints),
          caller: fc.constantFrom(...world.callers),
          resource: fc.constantFrom(...world.resources),
          restricted: restrictable ? fc.boolean() : fc.constant(false),
        });
        await fc.assert(
          fc.asyncProperty(triple, async ({ endpoint, caller, resource, restricted }) => {
            const wanted = restricted ? 'administrators' : 'project-creators';
            if (wanted !== creation) {
              const changed = await s.http.patch(settings, { projectCreation: wanted }, { token: tenant.managerToken });
              expect(changed.status, JSON.stringify(changed.body)).toBe(200);
              creation = wanted;
            }
            const request = await requestFor({ s, world, endpoint, resource });
            const verdict = await checkVerdict({ s, world, endpoint, caller, request });
            const listed = await meLists({ s, world, endpoint, caller });
            if (listed !== null && listed !== verdict.allowed) {
              disagreements.push(
                `${endpoint.name} | ${caller.name}${restricted ? ' | creation kept to administrators' : ''}: check allows ${verdict.allowed}, /me lists ${listed}`,
              );
            }
            const response = await endpoint.call(request, caller.token);
            const answer = routeAnswer(response);
            // The walk's settings request keeps creation open to project creators.
            if (endpoint.expectation.request === 'keepProjectCreation' && response.status === 200) creation = 'project-creators';
            triples += 1;
            routesSeen.add(endpoint.name);
            answers.set(answer, (answers.get(answer) ?? 0) + 1);
            const agreeing = agreeingAnswers({ verdict, endpoint, world });
            if (!agreeing.includes(answer)) {
              const code = response.body?.code ?? response.body?.error?.data?.problem?.code ?? '';
              disagreements.push(
                `${endpoint.name} | ${caller.name} | ${resource.label}${restricted ? ' | creation kept to administrators' : ''}: check ${JSON.stringify(verdict)} wants ${agreeing.join(' or ')}, route answered ${response.status} ${code}`,
              );
            }
            return true;
          }),
          { numRuns: TRIPLES, seed: SEED },
        );

        const line = `check agreement ${s.api.database.name} ${tenantKey}: ${triples} triples over ${routesSeen.size}/${endpoints.length} routes, ${world.callers.length} callers, ${world.resources.length} resources; answers ${JSON.stringify(Object.fromEntries(answers))}; ${disagreements.length} disagreements; ${Date.now() - started} ms`;
        figures.push(line);
        console.log(`${line}${[...new Set(disagreements)].map((text) => `\n  ${text}`).join('')}`);
        expect([...new Set(disagreements)]).toEqual([]);
      },
      10 * 60_000,
    );
  }
});

afterAll(() => {
  if (figures.length > 0) console.log(`check agreement figures:\n${figures.join('\n')}`);
});
