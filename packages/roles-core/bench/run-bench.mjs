// `pnpm --filter @loome/roles-core bench` (node --expose-gc): checks/second, load time and memory
// per membership for roles-core against casbin, CASL and a hand-written bitmask baseline.
// Figures only: no assertion on time.
import { integrate } from '../dist/index.js';
import { bitmaskBaseline, casbin, casl, rolesCore } from './engines.mjs';
import { measureLiveWrites, printLiveWrites } from './live-writes.mjs';
import { buildQuestions, buildWorkload } from './workload.mjs';

/** `BENCH_SCALE=0.01` runs every figure on a hundredth of its tenant, to check the bench itself. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

const GOALS = 'goals: ≥200× casbin, ≥8× CASL, ≥5M checks/s at 10k users, ≥1M/s at 1M memberships, within 2× of the baseline, ≤128 MB per million memberships';

function heapUsed() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

function timeChecks({ check, questions, budgetMs }) {
  const { users, permissions, count } = questions;
  let allowed = 0;
  for (let i = 0; i < Math.min(count, 20_000); i++) allowed += check(users[i], permissions[i]) ? 1 : 0; // warm-up
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < budgetMs) {
    for (let i = 0; i < count; i++) allowed += check(users[i], permissions[i]) ? 1 : 0;
    done += count;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perSecond: (done / elapsedMs) * 1000, allowed };
}

async function measure({ engine, workload, questions, budgetMs }) {
  const before = heapUsed();
  const loadStart = process.hrtime.bigint();
  const loaded = await engine.load({ product: integrate, workload });
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const bytes = heapUsed() - before;
  const { perSecond } = timeChecks({ check: loaded.check, questions, budgetMs });
  return { name: engine.name, perSecond, loadMs, bytesPerMembership: bytes / workload.memberships, keep: loaded.keep };
}

function printTable({ title, workload, results, skipped }) {
  const core = results.find((r) => r.name === 'roles-core');
  console.log(
    `\n${title}: ${workload.users.length.toLocaleString()} users, ${workload.groups.length} groups, ${workload.memberships.toLocaleString()} memberships`,
  );
  console.log('engine            | checks/s       | roles-core vs it       | load ms   | bytes per membership (= MB per 1M)');
  console.log('------------------|----------------|------------------------|-----------|-----------------------------------');
  for (const r of results) {
    const ratio = core.perSecond / r.perSecond;
    const versus = r === core ? '—' : ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(2)}× slower`;
    const cells = [
      r.name.padEnd(17),
      Math.round(r.perSecond).toLocaleString().padStart(14),
      versus.padEnd(22),
      r.loadMs.toFixed(0).padStart(9),
      r.bytesPerMembership.toFixed(0).padStart(10),
    ];
    console.log(cells.join(' | '));
  }
  for (const line of skipped) console.log(`skipped ${line}`);
}

async function runScale({ title, users, engines, skipped, budgetMs }) {
  const workload = buildWorkload({ product: integrate, users, groups: 50, groupShare: 0.2, seed: 42 });
  const questions = buildQuestions({ workload, count: 200_000, seed: 7 });
  const results = [];
  for (const engine of engines) {
    const budget = engine === casbin ? Math.min(budgetMs, 1500) : budgetMs;
    results.push(await measure({ engine, workload, questions, budgetMs: budget }));
  }
  printTable({ title, workload, results, skipped });
  return results;
}

if (!globalThis.gc) console.warn('run with node --expose-gc for memory figures');
console.log(GOALS);
await runScale({ title: 'Small', users: Math.round(10_000 * SCALE), engines: [rolesCore, bitmaskBaseline, casl, casbin], skipped: [], budgetMs: 2000 });
// 1,000,000 memberships: each user holds one direct role and 20% are in one group (1.2 memberships per user).
await runScale({
  title: 'Large',
  users: Math.round((1_000_000 / 1.2) * SCALE),
  engines: [rolesCore, bitmaskBaseline],
  skipped: [
    'casbin at 1M memberships: loading a million grouping rules into its role manager and checking at its rate would take minutes',
    'CASL at 1M memberships: one ability per user (833k abilities) needs several GB of heap',
  ],
  budgetMs: 2000,
});

// A live tenant of 1,000,000 memberships taking single-member writes, as an API process applies them.
{
  const workload = buildWorkload({ product: integrate, users: Math.round((1_000_000 / 1.2) * SCALE), groups: 50, groupShare: 0.2, seed: 42 });
  const writes = 1_000;
  const result = measureLiveWrites({ product: integrate, workload, writes, heapUsed });
  printLiveWrites({ workload, writes, result });
  // Checks per second of members no write touched, on the live tenant after the writes.
  const questions = buildQuestions({ workload, count: 200_000, seed: 7 });
  const ids = workload.users.map((user) => user.id);
  const { perSecond } = timeChecks({
    check: (u, p) => result.tenant.decisions.can({ principalId: ids[u], permission: workload.permissions[p] }),
    questions,
    budgetMs: 2000,
  });
  console.log(`checks/s on the live tenant after the writes: ${Math.round(perSecond).toLocaleString()}`);
}
