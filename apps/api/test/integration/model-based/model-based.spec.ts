import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { counts } from './model-verify.js';
import { runModelProperty } from './model-run.js';

/**
 * The whole API against a model built from roles-core (issue 16): random sequences of SPEC §4
 * operations, step by step, on each database. MODEL_RUNS sequences per product (default below),
 * MODEL_STEPS the least number of steps of each, MODEL_SEED the seed (the same on both databases),
 * MODEL_LANES how many sequences play at once.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 200);
const STEPS = Number(process.env.MODEL_STEPS ?? 30);
const SEED = Number(process.env.MODEL_SEED ?? 16);
const LANES = Number(process.env.MODEL_LANES ?? 4);
const PRODUCTS = ['integrate', 'assist', 'monitor'] as const;
/** Sequences per product: RUNS split over the three products, at least one each. */
const perProduct = Math.max(1, Math.ceil(RUNS / PRODUCTS.length));
/** A sequence takes under a second on a quiet machine; a deep run on a busy one gets four times that. */
const TIMEOUT_MS = Math.max(60 * 60_000, perProduct * 4_000);

const traces = new Map<string, string[]>();
const figures: string[] = [];

describeOnEachDatabase('model-based test of the API', (get) => {
  for (const productId of PRODUCTS) {
    it(
      `R1–R24: in ${productId} tenants every step answers as the model, check agrees with it for every principal, and the invariants hold`,
      async () => {
        const s = get();
        const started = Date.now();
        const checksBefore = counts.checks;
        const retriesBefore = counts.busyRetries;
        const result = await runModelProperty({ s, productId, numRuns: perProduct, minSteps: STEPS, seed: SEED, lanes: LANES });
        const line = `model ${s.api.database.name} ${productId}: ${result.sequences} sequences, ${result.steps} steps, ${counts.checks - checksBefore} checks, ${counts.busyRetries - retriesBefore} steps sent again after 503, ${Date.now() - started} ms`;
        figures.push(line);
        console.log(line);
        traces.set(`${s.api.database.name} ${productId}`, result.trace);
        if (result.failure) console.log(`A failing sequence, shrunk; paste into model-replays.spec.ts:\n${result.failure}`);
        expect(result.failure).toBeNull();
      },
      TIMEOUT_MS,
    );
  }
});

it('the same seed gives the same answers on SQLite and PostgreSQL', () => {
  for (const productId of PRODUCTS) {
    const sqlite = traces.get(`sqlite ${productId}`);
    const postgres = traces.get(`postgres ${productId}`);
    if (!sqlite || !postgres) continue;
    expect(postgres).toEqual(sqlite);
  }
});

afterAll(() => {
  if (figures.length > 0) console.log(`model-based figures:\n${figures.join('\n')}`);
  // `pnpm test:deep` runs each database in its own process and compares their traces afterwards.
  const traceDir = process.env.MODEL_TRACE_DIR;
  if (traceDir) for (const [key, trace] of traces) writeFileSync(join(traceDir, `${key.replace(' ', '-')}.json`), JSON.stringify(trace));
});
