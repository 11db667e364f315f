// `pnpm --filter @loome/api bench`: figures for the API against the built dist and real databases.
// BENCH_SCALE (default 1) scales every row count. Figures only: nothing here asserts a time.
// To see where the time goes: `node --cpu-prof --cpu-prof-dir=<dir> bench/run-bench.mjs` (the load
// generator, a child process, writes its own profile beside the server's).
import { ensureApiBuilt } from './ensure-built.mjs';
import { postgresReachable } from './bench-database.mjs';

ensureApiBuilt();
const { measureCheckThroughput } = await import('./measures/check-throughput.mjs');
const { measureBareHttp } = await import('./measures/bare-http-baseline.mjs');
const { measureMemberPages } = await import('./measures/member-pages.mjs');
const { measureInvitations } = await import('./measures/invitations.mjs');
const { measureStateLoad } = await import('./measures/state-load.mjs');
const { measureOverload } = await import('./measures/overload.mjs');

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** BENCH_ONLY=state-load (a comma list of check, pages, invite, state-load, overload) runs only those figures. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'check,pages,invite,state-load,overload').split(',').map((name) => name.trim()));
const scaled = (count) => Math.max(1, Math.round(count * SCALE));
const databases = ['sqlite', ...((await postgresReachable()) ? ['postgres'] : [])];
if (!databases.includes('postgres')) console.warn('PostgreSQL is not reachable: its figures are skipped');

const rows = [];
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—');

async function figure({ key, name, database, goal, run, describe }) {
  if (!ONLY.has(key)) return;
  const started = Date.now();
  process.stdout.write(`… ${name} [${database}]`);
  try {
    const result = await run();
    const { value, met, note } = describe(result);
    rows.push({ name, database, value, goal, met: met === null ? '—' : met ? 'yes' : 'NO', note });
  } catch (error) {
    rows.push({ name, database, value: 'failed', goal, met: 'NO', note: String(error?.message ?? error).slice(0, 200) });
  }
  process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const checkShape = { users: scaled(10_000), projects: 200, connections: 8, durationMs: 8_000 };
let bare;
await figure({
  key: 'check',
  name: 'yardstick: bare node:http, same bodies and load',
  database: '—',
  goal: '— (the API: at least half of it)',
  run: async () => (bare = await measureBareHttp(checkShape)),
  describe: (r) => ({ value: `${fmt(r.decisionsPerSecond, 0)}/s, p99 ${fmt(r.p99Ms)} ms`, met: null, note: `${fmt(r.requests, 0)} requests, ${r.failed} failed` }),
});
for (const database of databases) {
  await figure({
    key: 'check',
    name: 'check/batch decisions/s (100 a request, 8 connections)',
    database,
    goal: '≥ 200,000/s, p99 < 25 ms',
    run: () => measureCheckThroughput({ kind: database, ...checkShape }),
    describe: (r) => ({
      value: `${fmt(r.decisionsPerSecond, 0)}/s, p99 ${fmt(r.p99Ms)} ms`,
      met: r.decisionsPerSecond >= 200_000 && r.p99Ms < 25 && r.failed === 0,
      note: `${fmt(r.requests, 0)} requests, ${r.failed} failed; ${fmt(checkShape.users, 0)} users${bare ? `; ${fmt((100 * r.decisionsPerSecond) / bare.decisionsPerSecond, 0)}% of the yardstick` : ''}`,
    }),
  });
}
for (const database of databases) {
  await figure({
    key: 'pages',
    name: `member list pages of a ${fmt(scaled(100_000), 0)}-member tenant, p95`,
    database,
    goal: '< 15 ms',
    run: () => measureMemberPages({ kind: database, members: scaled(100_000), pageSize: 50, maxPages: 200, budgetMs: 30_000 }),
    describe: (r) => ({
      value: r.error && !r.pages ? 'failed' : `${fmt(r.p95Ms)} ms`,
      met: !r.error && r.p95Ms < 15,
      note: r.error ?? `first page (loads the tenant) ${fmt(r.firstPageMs, 0)} ms; ${r.pages} more pages of 50`,
    }),
  });
}
for (const database of databases) {
  await figure({
    key: 'invite',
    name: `invite ${fmt(scaled(10_000), 0)} emails in one request`,
    database,
    goal: database === 'sqlite' ? '< 1.5 s' : '< 3 s',
    run: () => measureInvitations({ kind: database, count: scaled(10_000) }),
    describe: (r) => ({
      value: r.error ? 'refused' : `${fmt(r.ms / 1000, 2)} s`,
      met: !r.error && r.ms < (database === 'sqlite' ? 1_500 : 3_000),
      note: r.error ?? `${fmt(r.invited, 0)} invited`,
    }),
  });
}
for (const database of databases) {
  await figure({
    key: 'state-load',
    name: `load the decision state of a ${fmt(scaled(1_000_000), 0)}-membership tenant`,
    database,
    goal: '< 2 s',
    run: () => measureStateLoad({ kind: database, memberships: scaled(1_000_000), projectsPerUser: 3, projects: 1_000 }),
    describe: (r) => ({
      value: r.error ? 'failed' : `${fmt(r.totalMs / 1000, 2)} s (median of ${r.loads})`,
      met: !r.error && r.totalMs < 2_000,
      note: r.error
        ? `${r.error} (after ${fmt(r.totalMs, 0)} ms)`
        : `read ${fmt(r.readMs, 0)} ms + compile ${fmt(r.compileMs, 0)} ms; first load ${fmt(r.firstMs / 1000, 2)} s, range ${fmt(r.minMs / 1000, 2)}–${fmt(r.maxMs / 1000, 2)} s; ${fmt(r.users, 0)} users; seeded in ${fmt(r.seedMs / 1000)} s`,
    }),
  });
}
for (const database of databases) {
  await figure({
    key: 'overload',
    name: `another tenant's GET /me while one takes a ${fmt(scaled(45_000), 0)}-address invitation and 12 single adds, p95`,
    database,
    goal: '≤ 50 ms',
    run: () => measureOverload({ kind: database, invitees: scaled(45_000), singleAdds: 12 }),
    describe: (r) => ({
      value: `${fmt(r.p95Ms)} ms`,
      met: !r.error && r.failed === 0 && r.p95Ms <= 50,
      note: `${r.error ? `${r.error}; ` : ''}p50 ${fmt(r.p50Ms)} ms, max ${fmt(r.maxMs, 0)} ms over ${r.count} reads, ${r.failed} failed (idle p50 ${fmt(r.idle.p50Ms)} ms); longest event-loop stall ${fmt(r.loopStallMaxMs, 0)} ms; invitation ${fmt(r.inviteMs / 1000, 2)} s; single adds ${Object.entries(r.addStatuses).map(([status, n]) => `${n}× ${status}`).join(', ')}`,
    }),
  });
}

const headers = ['figure', 'database', 'measured', 'goal', 'met', 'notes'];
const table = [headers, ...rows.map((r) => [r.name, r.database, r.value, r.goal, r.met, r.note ?? ''])];
const widths = headers.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log('');
for (const [index, row] of table.entries()) {
  console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | '));
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
process.exit(0);
