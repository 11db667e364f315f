import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listProcedures, type ProcedureEntry } from '../../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';
import { procedureInput } from '../route-walk/walk-call.js';
import { emailOf, WALK_TENANTS } from '../route-walk/walk-callers.js';
import { PROCEDURE_EXPECTATIONS, type ProcedureExpectation } from '../route-walk/walk-expectations.js';
import { REQUESTS } from '../route-walk/walk-requests.js';
import { buildWalkTenant, type WalkTenant } from '../route-walk/walk-world.js';
import { databaseFingerprint } from './database-fingerprint.js';
import { hostileTrpcCases, type ProcedureShape, type TrpcHostileCase } from './hostile-trpc-cases.js';
import { trpcAnswerFaults } from './trpc-answer-faults.js';
import { testSeed } from './test-seed.js';

/**
 * SPEC §4: bad input never yields a 5xx and never changes state — on tRPC as on REST. Every
 * procedure of the app router (read from the router, so a new one cannot be left out) gets
 * hostile calls made from its zod input schema: at least 500 per mutation and 100 per query
 * (FC_NUM_RUNS sets the mutation count; queries get a fifth of it).
 */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 500);
const SEED = testSeed({ variable: 'FC_SEED', ci: 2026 });
/** Calls in flight at once: enough to keep the API busy, few enough for two shared cores. */
const IN_FLIGHT = 6;
const PROCEDURES = listProcedures();
const DEFAULT_TENANT = WALK_TENANTS[0]!.key;

const tenantKeyOf = (expectation: ProcedureExpectation) => expectation.walkIn?.[0] ?? DEFAULT_TENANT;

/** The tenant manager's session for a procedure; one of its own for a call that would end it. */
async function sessionFor({ s, tenant, expectation }: { s: Scenario; tenant: WalkTenant; expectation: ProcedureExpectation }): Promise<string> {
  if (!expectation.endsSession) return tenant.managerToken;
  const email = emailOf({ tenantKey: tenant.spec.key, caller: tenant.spec.callers[0]!.name });
  return (await s.http.post('/api/v1/auth/dev-login', { email })).body.token as string;
}

async function shapeOf({
  s,
  tenant,
  procedure,
  expectation,
}: {
  s: Scenario;
  tenant: WalkTenant;
  procedure: ProcedureEntry;
  expectation: ProcedureExpectation;
}): Promise<ProcedureShape> {
  const request = await REQUESTS[expectation.request]({ s, tenant });
  const scoped = expectation.walkIn !== null && expectation.input !== 'none';
  return {
    path: procedure.path,
    type: procedure.type as ProcedureShape['type'],
    schema: procedure.inputs[0]!,
    valid: procedureInput({ expectation, tenantId: tenant.tenantId, request }),
    pathIds: [...(scoped ? ['tenantId'] : []), ...Object.keys(request.params)],
    inUrl: procedure.type === 'query',
    public: expectation.access === 'public',
    otherTypePath: PROCEDURES.find((other) => other.type !== procedure.type)!.path,
  };
}

async function send({ s, kase, token }: { s: Scenario; kase: TrpcHostileCase; token: string }) {
  const headers: Record<string, string> = { ...kase.headers };
  if (kase.credentials === 'bearer') headers.authorization = `Bearer ${token}`;
  if (kase.credentials === 'cookie') {
    // The session cookie alone, with the API's own Origin: then a change is not refused for its Origin.
    headers.cookie = `loome_session=${token}`;
    headers.origin = s.api.baseUrl;
  }
  // Text without a content type would go as text/plain; bytes go with none.
  const body = typeof kase.body === 'string' && headers['content-type'] === undefined ? Buffer.from(kase.body) : kase.body;
  const response = await fetch(`${s.api.baseUrl}${kase.url}`, { method: kase.method, headers, body, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function connectionError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? `${(cause as NodeJS.ErrnoException).code ?? cause.name} ${cause.message}` : String(cause);
}

async function eachInFlight<T>({ items, limit, work }: { items: readonly T[]; limit: number; work: (item: T) => Promise<void> }): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describeOnEachDatabase('hostile tRPC calls to every procedure', (get) => {
  const tenants = new Map<string, WalkTenant>();
  const figures = { procedures: 0, requests: 0, serverErrors: 0, changes: 0 };
  beforeAll(async () => {
    const wanted = new Set(Object.values(PROCEDURE_EXPECTATIONS).map(tenantKeyOf));
    for (const spec of WALK_TENANTS.filter((candidate) => wanted.has(candidate.key))) tenants.set(spec.key, await buildWalkTenant({ s: get(), spec }));
  }, 120_000);
  afterAll(() => {
    const s = get();
    console.log(
      `tRPC hostile ${s.api.database.name}: ${figures.procedures} procedures, ${figures.requests} requests, ${figures.serverErrors} 5xx, ${figures.changes} changes`,
    );
  });

  it('SPEC §4 Contract details "Strict input": every procedure declares one zod input schema, from which its hostile calls are made', () => {
    expect(PROCEDURES.filter((procedure) => procedure.inputs.length !== 1).map((procedure) => procedure.path)).toEqual([]);
  });

  for (const procedure of PROCEDURES) {
    const runs = procedure.type === 'mutation' ? RUNS : Math.max(1, Math.round(RUNS / 5));
    it(`SPEC §4 "bad input never yields a 5xx and never changes state": ${runs} hostile calls to tRPC ${procedure.path} answer 4xx in tRPC's error shape with the security headers and change nothing`, async () => {
      const s = get();
      const expectation = PROCEDURE_EXPECTATIONS[procedure.path];
      expect(expectation, `${procedure.path} has no hostile case: give it an entry in walk-expectations.ts`).toBeDefined();
      expect(procedure.inputs, `${procedure.path} declares no input schema to make its hostile inputs from`).toHaveLength(1);
      const tenant = tenants.get(tenantKeyOf(expectation!))!;
      const shape = await shapeOf({ s, tenant, procedure, expectation: expectation! });
      const token = await sessionFor({ s, tenant, expectation: expectation! });
      const cases = fc.sample(hostileTrpcCases({ shape }), { numRuns: runs, seed: SEED });

      const dataSource = s.api.app.get(DataSource);
      const before = await databaseFingerprint({ dataSource });
      const failures: string[] = [];
      await eachInFlight({
        items: cases,
        limit: IN_FLIGHT,
        work: async (kase) => {
          const answer = await send({ s, kase, token }).catch((error: unknown) => {
            // A connection the server dropped is an answer no client can read: listed with its call.
            failures.push(`${kase.method} ${kase.label} → no answer: ${connectionError(error)}`);
            return null;
          });
          if (!answer) return;
          if (answer.status >= 500) figures.serverErrors += 1;
          const faults = trpcAnswerFaults(answer);
          if (faults.length > 0) failures.push(`${kase.method} ${kase.label} → ${answer.status} [${faults.join('; ')}] ${answer.text.slice(0, 200)}`);
        },
      });
      const after = await databaseFingerprint({ dataSource });
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      figures.procedures += 1;
      figures.requests += cases.length;
      if (changed.length > 0) figures.changes += 1;
      if (failures.length > 0)
        console.log(
          `${procedure.path} (seed ${SEED}): ${failures.length} of ${cases.length} badly answered${failures
            .slice(0, 12)
            .map((line) => `\n  ${line}`)
            .join('')}`,
        );
      expect(changed, `tables whose stored rows changed (seed ${SEED})`).toEqual([]);
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(cases.length).toBe(runs);
    }, 240_000);
  }
});
