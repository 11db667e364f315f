import fc from 'fast-check';
import { getProduct, planAddApplicationMembers, planCreateApiKey, type Actor } from '@loome/roles-core';
import type { Scenario } from '../harness/scenario.js';
import { OpCommand, sequenceArbitrary } from './model-commands.js';
import type { OpData } from './model-ops.js';
import { GROUP_IDS, ModelWorld } from './model-world.js';

let runs = 0;

/**
 * A fresh organization and tenant of `productId` for one sequence, its first administrator signed
 * in, and an observer key (administrator, never a target of the sequence) that asks the checks.
 */
export async function startWorld({ s, productId }: { s: Scenario; productId: string }): Promise<ModelWorld> {
  const run = ++runs + Math.floor(Math.random() * 1e9) * 1000;
  const email = (user: number) => `u${user}@run${run}.model.test`;
  const orgId = await s.organization({
    lookup: true,
    directory: {
      users: Array.from({ length: 6 }, (_, user) => ({ email: email(user), name: `User ${user}` })),
      groups: GROUP_IDS.map((id) => ({ id, name: id, members: [] })),
    },
  });
  const tenantId = await s.tenant({ product: productId, orgId, administrators: [email(0)] });
  const adminToken = await s.signIn(email(0));
  const adminId = (await s.me(tenantId, adminToken)).principal.id as string;
  const created = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'observer' }, { token: adminToken });
  const added = await s.addMembers(tenantId, 'administrator', { kind: 'apiKey', apiKeyIds: [created.body.id] }, adminToken);
  if (created.status !== 201 || added.status !== 201) throw new Error('The observer key could not be made');
  const world = new ModelWorld(s, run, productId, tenantId, orgId, created.body.secret);
  world.userIds.set(email(0), adminId);
  world.signedIn.add(email(0));
  world.state = world.settled({
    ...world.state,
    users: [{ id: adminId, email: email(0), name: email(0), hasSignedIn: true, guest: false }],
    applicationGrants: [{ principalId: adminId, kind: 'user', role: 'administrator' }],
  });
  const actor: Actor = { kind: 'user', userId: adminId };
  const key = planCreateApiKey({ product: world.product, state: world.state, actor, request: { apiKeyId: created.body.id, description: 'observer' } });
  if (!key.ok) throw new Error(key.refusal.message);
  await world.apply({ effects: key.effects });
  const role = planAddApplicationMembers({
    product: world.product,
    state: world.state,
    actor,
    request: { kind: 'apiKey', apiKeyIds: [created.body.id], role: 'administrator' },
  });
  if (!role.ok) throw new Error(role.refusal.message);
  await world.apply({ effects: role.effects });
  world.keys.push({ id: created.body.id, secret: created.body.secret, deleted: false });
  const audit = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=1`, { token: world.observerSecret });
  world.newestAuditId = audit.body.items[0]?.id ?? null;
  return world;
}

/** Plays one sequence through fast-check's model runner: the model and the API side by side. */
export async function playSequence({ s, productId, ops }: { s: Scenario; productId: string; ops: readonly OpData[] }): Promise<ModelWorld> {
  const world = await startWorld({ s, productId });
  await fc.asyncModelRun(
    () => ({ model: world, real: world }),
    ops.map((data) => new OpCommand(data)),
  );
  return world;
}

/** The shrunk sequence as a test to paste into `model-replays.spec.ts`. */
export function replayTest({ productId, ops, error }: { productId: string; ops: readonly OpData[]; error: unknown }): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return [
    `// ${message}`,
    `it('model replay: ${productId}, ${ops.length} steps', async () => {`,
    `  await playSequence({ s: get(), productId: '${productId}', ops: [`,
    ...ops.map((data) => `    ${JSON.stringify(data)},`),
    '  ] });',
    '});',
  ].join('\n');
}

export interface PropertyFigures {
  sequences: number;
  steps: number;
  failure: string | null;
  trace: string[];
}

/**
 * `numRuns` sequences of at least `minSteps` operations on tenants of `productId`, from `seed`. A
 * failing sequence is shrunk (fast-check removes and simplifies steps) and answered as a replay test.
 * `lanes` independent runs (seeds `seed`, `seed + 1`, …) play side by side: every sequence has its own
 * organization and tenant, so they cannot disturb each other, and the database waits of one lane
 * overlap the work of the others.
 */
export async function runModelProperty({
  s,
  productId,
  numRuns,
  minSteps,
  seed,
  lanes = 1,
}: {
  s: Scenario;
  productId: string;
  numRuns: number;
  minSteps: number;
  seed: number;
  lanes?: number;
}): Promise<PropertyFigures> {
  const perLane = Array.from({ length: lanes }, (_, lane) => Math.floor(numRuns / lanes) + (lane < numRuns % lanes ? 1 : 0)).filter((runs) => runs > 0);
  const results = await Promise.all(perLane.map((runs, lane) => runLane({ s, productId, numRuns: runs, minSteps, seed: seed + lane })));
  return {
    sequences: results.reduce((sum, lane) => sum + lane.sequences, 0),
    steps: results.reduce((sum, lane) => sum + lane.steps, 0),
    failure: results.find((lane) => lane.failure !== null)?.failure ?? null,
    trace: results.flatMap((lane) => lane.trace),
  };
}

async function runLane({
  s,
  productId,
  numRuns,
  minSteps,
  seed,
}: {
  s: Scenario;
  productId: string;
  numRuns: number;
  minSteps: number;
  seed: number;
}): Promise<PropertyFigures> {
  const figures: PropertyFigures = { sequences: 0, steps: 0, failure: null, trace: [] };
  const product = getProduct(productId)!;
  const result = await fc.check(
    fc.asyncProperty(sequenceArbitrary(product, { minLength: minSteps, maxLength: minSteps + 10 }), async (ops) => {
      const played = await playSequence({ s, productId, ops });
      figures.sequences += 1;
      figures.steps += ops.length;
      figures.trace.push(played.trace.join(','));
    }),
    { numRuns, seed, endOnFailure: true },
  );
  if (!result.failed) return figures;
  const first = result.counterexample![0];
  const { ops, error } = await shrinkFurther({ s, productId, ops: first, error: result.errorInstance });
  figures.failure = replayTest({ productId, ops, error });
  return figures;
}

/**
 * fast-check shrank the sequence as far as its minimum length allows; this removes steps further
 * (halves, quarters, … single steps) while the sequence still fails, so the replay is short.
 */
async function shrinkFurther({ s, productId, ops, error }: { s: Scenario; productId: string; ops: OpData[]; error: unknown }) {
  const fails = async (candidate: OpData[]) => {
    try {
      await playSequence({ s, productId, ops: candidate });
      return null;
    } catch (caught) {
      return caught;
    }
  };
  let current = ops;
  let currentError = error;
  for (let size = Math.ceil(current.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let from = 0; from < current.length;) {
      const candidate = [...current.slice(0, from), ...current.slice(from + size)];
      const caught = candidate.length > 0 ? await fails(candidate) : null;
      if (caught) {
        current = candidate;
        currentError = caught;
      } else from += size;
    }
  }
  return { ops: current, error: currentError };
}
