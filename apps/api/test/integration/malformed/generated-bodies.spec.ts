import { DataSource } from 'typeorm';
import { beforeAll, expect, it } from 'vitest';
import type { Scenario } from '../harness/scenario.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { restPath } from '../route-walk/walk-call.js';
import { WALK_TENANTS } from '../route-walk/walk-callers.js';
import { REST_EXPECTATIONS, type EndpointExpectation } from '../route-walk/walk-expectations.js';
import { REQUESTS } from '../route-walk/walk-requests.js';
import { buildWalkTenant, type WalkTenant } from '../route-walk/walk-world.js';
import { mutatedBodies, type Mutation } from './body-mutations.js';
import { judgeInvalid, judgeNoBody, judgeValid, refusalText, type BodyAnswer, type Verdict } from './body-verdicts.js';
import { buildSandboxOrganization, tenantValuePools, type SandboxOrganization } from './body-worlds.js';
import { databaseFingerprint } from './database-fingerprint.js';
import { seededRandom } from './seeded-random.js';
import { servedBodyOperations, type BodyOperation } from './served-request-schemas.js';
import { validBodySource, type ValuePools } from './valid-bodies.js';

/** Valid bodies, and as many invalid ones, per operation (with the bodiless ones, over 100); the seed makes a run repeatable. */
const RUNS = Number(process.env.GENERATED_BODIES_RUNS ?? 50);
const SEED = Number(process.env.GENERATED_BODIES_SEED ?? 15);
const AT_LEAST = 100;

/** A body on its way: to which walk tenant, and what goes on the wire. */
interface Sending {
  tenantKey: string;
  label: string;
  body?: unknown;
  raw?: { contentType?: string; text: string };
}

interface Plan {
  operation: BodyOperation;
  expectation: EndpointExpectation;
  valid: Sending[];
  invalid: Sending[];
  noBody: Sending[];
}

interface Figures {
  bodies: number;
  verdicts: Map<Verdict, number>;
  failures: string[];
}

/** No body, an empty one, JSON that is no object, and the valid body in another content type. */
function bodilessSendings({ tenantKey, body }: { tenantKey: string; body: unknown }): Sending[] {
  const text = JSON.stringify(body);
  const form = new URLSearchParams(Object.entries(body as Record<string, unknown>).map(([key, value]): [string, string] => [key, String(value)])).toString();
  return [
    { tenantKey, label: 'no body' },
    { tenantKey, label: 'empty body', raw: { text: '' } },
    { tenantKey, label: 'null', raw: { text: 'null' } },
    { tenantKey, label: 'an array', raw: { text: `[${text}]` } },
    { tenantKey, label: 'as text/plain', raw: { contentType: 'text/plain', text } },
    { tenantKey, label: 'form-encoded', raw: { contentType: 'application/x-www-form-urlencoded', text: form } },
  ];
}

describeOnEachDatabase('generated bodies', (get) => {
  const tenants = new Map<string, WalkTenant>();
  const plans: Plan[] = [];
  /** Per phase (invalid, valid), per operation. */
  const figures = { invalid: new Map<string, Figures>(), valid: new Map<string, Figures>() };
  type Phase = keyof typeof figures;
  let sandbox: SandboxOrganization;
  let sessions = 0;
  /** The session invalid bodies to a route that ends its session go with: made before anything is fingerprinted. */
  let standingSession: string;

  beforeAll(async () => {
    const s = get();
    for (const spec of WALK_TENANTS) tenants.set(spec.key, await buildWalkTenant({ s, spec }));
    sandbox = await buildSandboxOrganization({ s });
    standingSession = await s.signIn('bodies-standing-session@walk.test');
    const pools = new Map<string, ValuePools>();
    for (const [key, tenant] of tenants) pools.set(key, await tenantValuePools({ s, tenant, sandbox }));
    const operations = await servedBodyOperations({ http: s.http });
    operations.forEach((operation, index) => {
      const expectation = REST_EXPECTATIONS[operation.key];
      if (!expectation) throw new Error(`${operation.key} reads a body but the walk does not know it`);
      const tenantKeys = expectation.walkIn ?? [WALK_TENANTS[0]!.key];
      const random = seededRandom(SEED + index);
      const source = validBodySource({ operation, seed: SEED * 1_000 + index, random });
      // Each invalid body has one fault: it is made from a valid body that names only what exists.
      const bases = tenantKeys.flatMap((tenantKey) =>
        Array.from({ length: Math.ceil(RUNS / tenantKeys.length) }, () => ({ tenantKey, body: source.next(pools.get(tenantKey)!, 'existing') })),
      );
      const invalid = mutatedBodies({ operation, valid: bases, count: RUNS, random }).map((mutation: Mutation): Sending => ({
        tenantKey: mutation.tenantKey,
        label: `${mutation.kind} at ${mutation.at}`,
        body: mutation.body,
      }));
      const noBody = tenantKeys.flatMap((tenantKey) => bodilessSendings({ tenantKey, body: bases.find((base) => base.tenantKey === tenantKey)!.body }));
      // A body with few ways to be wrong makes up its hundred with more valid ones.
      const validCount = Math.max(RUNS, AT_LEAST - invalid.length - noBody.length);
      const valid = Array.from({ length: validCount }, (_, n): Sending => {
        const tenantKey = tenantKeys[n % tenantKeys.length]!;
        return { tenantKey, label: 'valid', body: source.next(pools.get(tenantKey)!, 'mixed') };
      });
      plans.push({ operation, expectation, valid, invalid, noBody });
      for (const phase of Object.values(figures)) phase.set(operation.key, { bodies: 0, verdicts: new Map(), failures: [] });
    });
  }, 180_000);

  async function tokenFor({ s, phase, expectation, tenant }: { s: Scenario; phase: Phase; expectation: EndpointExpectation; tenant: WalkTenant }) {
    if (expectation.access === 'platform') return s.platform;
    if (expectation.access === 'public') return undefined;
    if (expectation.access === 'scim') return sandbox.scim.token;
    // A valid body that ends its session gets a session of its own, so the manager's stays; an invalid one ends none.
    if (expectation.endsSession) return phase === 'valid' ? s.signIn(`bodies-session-${++sessions}@walk.test`) : standingSession;
    return tenant.managerToken;
  }

  /**
   * Path ids: the walk's valid request, with the sandbox organization and, for SCIM, one of its
   * resources — or, for a valid body, now and then an unknown id (an invalid body's one fault is its body).
   */
  async function paramsFor({ s, phase, plan, tenant, n }: { s: Scenario; phase: Phase; plan: Plan; tenant: WalkTenant; n: number }) {
    const { params } = await REQUESTS[plan.expectation.request]({ s, tenant });
    if (!plan.operation.path.includes(':orgId')) return params;
    const random = seededRandom(SEED + n);
    const pick = (known: readonly string[]) => (phase === 'invalid' || random.chance(75) ? random.pick(known) : random.uuid());
    return { ...params, orgId: sandbox.orgId, userId: pick(sandbox.scimUserIds), groupId: pick(sandbox.scimGroupIds) };
  }

  async function send({ phase, plan, sending, n }: { phase: Phase; plan: Plan; sending: Sending; n: number }): Promise<BodyAnswer | string> {
    const s = get();
    const tenant = tenants.get(sending.tenantKey)!;
    const { operation } = plan;
    const params = await paramsFor({ s, phase, plan, tenant, n });
    const path = restPath({ path: operation.path, tenantId: tenant.tenantId, request: { params } });
    const token = await tokenFor({ s, phase, expectation: plan.expectation, tenant });
    const contentType = sending.raw?.contentType ?? operation.contentType;
    const hasBody = sending.body !== undefined || sending.raw !== undefined;
    const request = () =>
      s.http.request(operation.method, path, sending.body, { token, headers: hasBody ? { 'content-type': contentType } : {}, rawBody: sending.raw?.text });
    try {
      // The harness checks every answer against its declaration and throws when one is off it.
      const answer = await request().catch((error: Error) => {
        // A kept-alive connection the server closed as it was reused (no answer came): sent once more.
        if (error.message === 'fetch failed') return request();
        throw error;
      });
      return { status: answer.status, body: answer.body };
    } catch (error) {
      return (error as Error).message;
    }
  }

  async function sendAll({ phase, plan, sendings, judge }: { phase: Phase; plan: Plan; sendings: Sending[]; judge: typeof judgeValid }) {
    const figure = figures[phase].get(plan.operation.key)!;
    for (const [n, sending] of sendings.entries()) {
      const answer = await send({ phase, plan, sending, n });
      // The product a body is judged for: the tenant's, or the one a body that creates a tenant names.
      const named = (sending.body as { product?: unknown } | undefined)?.product;
      const product = plan.operation.path.includes(':tenantId') || typeof named !== 'string' ? tenants.get(sending.tenantKey)!.product.id : named;
      const verdict: Verdict = typeof answer === 'string' ? 'undeclared answer' : judge({ operation: plan.operation, answer, body: sending.body, product });
      figure.bodies++;
      figure.verdicts.set(verdict, (figure.verdicts.get(verdict) ?? 0) + 1);
      if (verdict !== 'ok') {
        const seen = typeof answer === 'string' ? answer : `${answer.status} ${refusalText(answer.body)}`;
        figure.failures.push(
          `${verdict}: ${sending.label} [${sending.tenantKey}] ${JSON.stringify(sending.body ?? sending.raw?.text ?? null).slice(0, 200)} → ${seen}`,
        );
      }
    }
  }

  /** Per operation, how many bodies got each wrong verdict, with a few of them to read. */
  function report(phase: Phase): Record<string, Record<string, number>> {
    const wrong: Record<string, Record<string, number>> = {};
    const lines: string[] = [];
    for (const [key, figure] of figures[phase]) {
      const counts = Object.fromEntries([...figure.verdicts].filter(([verdict]) => verdict !== 'ok'));
      if (Object.keys(counts).length === 0) continue;
      wrong[key] = counts;
      lines.push(`${key}: ${JSON.stringify(counts)}`, ...figure.failures.slice(0, 4).map((failure) => `    ${failure}`));
    }
    if (lines.length > 0) console.log(`${phase} bodies (seed ${SEED}):\n  ${lines.join('\n  ')}`);
    return wrong;
  }

  it('SPEC §4 Strict input: every generated invalid body is refused 400 VALIDATION, no body / another type a declared 4xx, and nothing changes', async () => {
    const dataSource = get().api.app.get(DataSource);
    const changed: string[] = [];
    for (const plan of plans) {
      const before = await databaseFingerprint({ dataSource });
      await sendAll({ phase: 'invalid', plan, sendings: plan.invalid, judge: judgeInvalid });
      await sendAll({ phase: 'invalid', plan, sendings: plan.noBody, judge: judgeNoBody });
      const after = await databaseFingerprint({ dataSource });
      if (JSON.stringify(after) !== JSON.stringify(before)) changed.push(plan.operation.key);
    }
    expect(report('invalid'), `seed ${SEED}`).toEqual({});
    expect(changed, `stored state changed (seed ${SEED})`).toEqual([]);
  }, 600_000);

  it('SPEC §4: every generated valid body is done, or refused with a status and code the document declares for the operation (never VALIDATION, never 5xx)', async () => {
    for (const plan of plans) await sendAll({ phase: 'valid', plan, sendings: plan.valid, judge: judgeValid });
    expect(report('valid'), `seed ${SEED}`).toEqual({});
  }, 600_000);

  it(`every operation with a request body got at least ${AT_LEAST} generated bodies`, () => {
    const all = [...figures.invalid.values(), ...figures.valid.values()];
    const count = (verdict: Verdict) => all.reduce((sum, figure) => sum + (figure.verdicts.get(verdict) ?? 0), 0);
    const bodies = all.reduce((sum, figure) => sum + figure.bodies, 0);
    console.log(
      `generated bodies ${get().api.database.name}: ${plans.length} operations, ${bodies} bodies, ${count('5xx')} 5xx, ${count('invalid accepted')} invalid accepted, ${count('valid refused')} valid refused (seed ${SEED})`,
    );
    expect({ '5xx': count('5xx'), 'invalid accepted': count('invalid accepted'), 'valid refused': count('valid refused') }).toEqual({
      '5xx': 0,
      'invalid accepted': 0,
      'valid refused': 0,
    });
    expect(
      plans.some((plan) => plan.operation.contentType === 'application/scim+json'),
      'SCIM operations are among them',
    ).toBe(true);
    for (const { operation } of plans) {
      const sent = figures.invalid.get(operation.key)!.bodies + figures.valid.get(operation.key)!.bodies;
      expect(sent, operation.key).toBeGreaterThanOrEqual(AT_LEAST);
    }
  });
});
