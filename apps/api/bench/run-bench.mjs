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
const { measureWrites } = await import('./measures/writes.mjs');
const { measureManyTenants } = await import('./measures/many-tenants.mjs');
const { measureScimProvisioning, measureScimPatchAtScale } = await import('./measures/scim.mjs');

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** BENCH_ONLY=state-load (a comma list of check, pages, invite, state-load, overload, writes, many-tenants, scim) runs only those figures. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'check,pages,invite,state-load,overload,writes,many-tenants,scim').split(',').map((name) => name.trim()));
const scaled = (count) => Math.max(1, Math.round(count * SCALE));
const databases = ['sqlite', ...((await postgresReachable()) ? ['postgres'] : [])];
if (!databases.includes('postgres')) console.warn('PostgreSQL is not reachable: its figures are skipped');

const rows = [];
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—');

/** One run of a measure; `describe` answers its row, or several rows (each may name its own figure and goal). */
async function figure({ key, name, database, goal, run, describe }) {
  if (!ONLY.has(key)) return;
  const started = Date.now();
  process.stdout.write(`… ${name} [${database}]`);
  try {
    const result = await run();
    for (const row of [describe(result)].flat()) {
      rows.push({
        name: row.name ?? name,
        database,
        value: row.value,
        goal: row.goal ?? goal,
        met: row.met === null ? '—' : row.met ? 'yes' : 'NO',
        note: row.note,
      });
    }
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
  describe: (r) => ({
    value: `${fmt(r.decisionsPerSecond, 0)}/s, p99 ${fmt(r.p99Ms)} ms`,
    met: null,
    note: `${fmt(r.requests, 0)} requests, ${r.failed} failed`,
  }),
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
    run: () => measureStateLoad({ kind: database, memberships: scaled(1_000_000) }),
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
      note: `${r.error ? `${r.error}; ` : ''}p50 ${fmt(r.p50Ms)} ms, max ${fmt(r.maxMs, 0)} ms over ${r.count} reads, ${r.failed} failed (idle p50 ${fmt(r.idle.p50Ms)} ms); longest event-loop stall ${fmt(r.loopStallMaxMs, 0)} ms; invitation ${fmt(r.inviteMs / 1000, 2)} s; single adds ${Object.entries(
        r.addStatuses,
      )
        .map(([status, n]) => `${n}× ${status}`)
        .join(', ')}`,
    }),
  });
}

const writeSizes = [1_000, 100_000, 1_000_000].map(scaled);
const largest = writeSizes.at(-1);
const sequence = { writes: 1_000, budgetMs: 60_000 };
const msOf = ({ p50, p95 }) => `${fmt(p50)} · ${fmt(p95)} ms`;
for (const database of databases) {
  await figure({
    key: 'writes',
    name: 'single writes and the first check after them',
    database,
    goal: '—',
    run: () => measureWrites({ kind: database, sizes: writeSizes, repetitions: 200, budgetMs: 60_000, sequence }),
    describe: (r) => {
      const [smallest, biggest] = [r.bySize[0], r.bySize.at(-1)];
      const growth = (write) => biggest[write].p95 / smallest[write].p95;
      const elsewhere = r.separateProcess ? 'on a second API process on the same database' : 'on the same process (SQLite is single-process)';
      return [
        ...r.bySize.map((s) => ({
          name: `add · remove one member by email, p50 · p95, ${fmt(s.memberships, 0)} memberships`,
          goal: s.memberships === largest ? 'p95 ≤ 20 ms' : '—',
          value: `add ${msOf(s.add)}; remove ${msOf(s.remove)}`,
          met: s.memberships === largest ? s.add.p95 <= 20 && s.remove.p95 <= 20 : null,
          note: `${s.repetitions} of each`,
        })),
        {
          name: `growth of the write p95, ${fmt(smallest.memberships, 0)} → ${fmt(biggest.memberships, 0)} memberships`,
          goal: '≤ 2×',
          value: `add ${fmt(growth('add'), 2)}×; remove ${fmt(growth('remove'), 2)}×`,
          met: growth('add') <= 2 && growth('remove') <= 2,
          note: '',
        },
        ...r.bySize.map((s) => ({
          name: `first check after a write, p50, ${fmt(s.memberships, 0)} memberships`,
          goal: '≤ 2 ms, none stale',
          value: `${fmt(s.checkAfterWrite.p50)} ms (p95 ${fmt(s.checkAfterWrite.p95)})`,
          met: s.checkAfterWrite.p50 <= 2 && s.stale === 0,
          note: `${elsewhere}; ${s.stale} of ${2 * s.repetitions} answered the state before the write; its first check loaded the tenant in ${fmt(s.coldCheckMs, 0)} ms`,
        })),
        {
          name: `${fmt(r.series.writes, 0)} single writes in a row, ${fmt(biggest.memberships, 0)} memberships`,
          goal: '≤ 20 s',
          value:
            r.series.done === r.series.writes
              ? `${fmt(r.series.ms / 1000, 2)} s`
              : `> ${fmt(r.series.ms / 1000, 1)} s (about ${fmt(r.series.projectedMs / 1000, 0)} s)`,
          met: r.series.done === r.series.writes && r.series.ms <= 20_000,
          note: `alternate adds and removes${r.series.done === r.series.writes ? '' : `; stopped after ${r.series.done} writes, the rest projected`}; seeded in ${fmt(r.seedMs / 1000)} s`,
        },
      ];
    },
  });
}

const manyTenants = {
  tenants: scaled(10_000),
  members: 100,
  largeMemberships: scaled(1_000_000),
  durationMs: 30_000,
  connections: 2,
  signInEveryMs: 100,
  directoryEveryMs: 500,
};
for (const database of databases) {
  await figure({
    key: 'many-tenants',
    name: `${fmt(manyTenants.tenants, 0)} tenants of ${manyTenants.members} and one of ${fmt(manyTenants.largeMemberships, 0)} on one process`,
    database,
    goal: '—',
    run: () => measureManyTenants({ kind: database, ...manyTenants }),
    describe: (r) => {
      // Held at its fullest: right after every tenant was touched, or at the end of the load.
      const growthMb = Math.max(r.memory.loadedHeapMb, r.memory.retainedHeapMb) - r.memory.bareHeapMb;
      const perMillionMb = (128 * r.memberships) / 1_000_000;
      return [
        {
          name: `check p99 of the ${fmt(manyTenants.largeMemberships, 0)}-membership tenant among ${fmt(manyTenants.tenants, 0)} others, sign-ins and directory changes arriving`,
          goal: '≤ 5 ms',
          value: `${fmt(r.p99Ms)} ms (p50 ${fmt(r.p50Ms)}, max ${fmt(r.maxMs, 0)})`,
          met: r.p99Ms <= 5 && r.failed === 0,
          note: `${fmt(r.requests, 0)} checks, ${r.failed} failed, ${manyTenants.connections} connections; ${r.signIns.sent} sign-ins (${r.signIns.failed} failed) and ${r.directoryChanges.sent} directory changes (${r.directoryChanges.failed} failed) meanwhile; small tenants touched in ${fmt(r.touchMs / 1000)} s (${r.touchFailed} failed), the large one loaded in ${fmt(r.coldLargeMs, 0)} ms; seeded in ${fmt(r.seedMs / 1000)} s`,
        },
        {
          name: `API process memory holding ${fmt(r.memberships, 0)} memberships in ${fmt(manyTenants.tenants + 1, 0)} tenants`,
          goal: r.budgetMb === null ? 'within its budget (TENANT_CACHE_MB unset)' : `within TENANT_CACHE_MB=${r.budgetMb}`,
          value: `retains up to ${fmt(growthMb, 0)} MB over a bare process; peaks: heap ${fmt(r.memory.peakHeapMb, 0)} MB, RSS ${fmt(r.memory.peakRssMb, 0)} MB`,
          met: r.budgetMb === null ? null : growthMb <= r.budgetMb,
          note: `heap = V8 heap + external (typed arrays); retained = after a full collection, once every tenant was touched (${fmt(r.memory.loadedHeapMb, 0)} MB) and at the end of the load (${fmt(r.memory.retainedHeapMb, 0)} MB), against a bare process's ${fmt(r.memory.bareHeapMb, 0)} MB (RSS ${fmt(r.memory.bareRssMb, 0)} MB); 128 MB per 1,000,000 memberships would be ${fmt(perMillionMb, 0)} MB`,
        },
      ];
    },
  });
}

// SCIM provisioning is PostgreSQL's figure (the production database; the 1M seed is its SQL).
const scimShape = { users: scaled(10_000), groups: Math.max(1, Math.round(500 * SCALE)), memberships: scaled(50_000), perPatch: 100, inFlight: 4 };
if (databases.includes('postgres')) {
  await figure({
    key: 'scim',
    name: `SCIM provisioning: ${fmt(scimShape.users, 0)} users, ${fmt(scimShape.groups, 0)} groups, ${fmt(scimShape.memberships, 0)} memberships (${scimShape.inFlight} in flight)`,
    database: 'postgres',
    goal: '≤ 60 s',
    run: () => measureScimProvisioning({ kind: 'postgres', ...scimShape }),
    describe: (r) => ({
      value: `${fmt(r.ms / 1000, 1)} s`,
      met: r.ms <= 60_000 && r.probeAllowed,
      note: `${fmt(r.requests, 0)} requests (${fmt((1000 * r.requests) / r.ms, 0)}/s): users ${fmt(r.usersMs / 1000, 1)} s, groups ${fmt(r.groupsMs / 1000, 1)} s, ${r.patches} member PATCHes ${fmt(r.membersMs / 1000, 1)} s; every group holds a role in the tenant`,
    }),
  });
  const scale = { memberships: scaled(1_000_000), groups: 1_000, repetitions: 100 };
  await figure({
    key: 'scim',
    name: `SCIM group-membership PATCH on a ${fmt(scale.memberships, 0)}-membership organization, p50 · p95`,
    database: 'postgres',
    goal: 'p95 ≤ 20 ms, seen by check on another process at once',
    run: () => measureScimPatchAtScale({ kind: 'postgres', ...scale }),
    describe: (r) => ({
      value: `${fmt(r.p50)} · ${fmt(r.p95)} ms`,
      met: r.p95 <= 20 && r.stale === 0,
      note: `${r.patches} PATCHes (add, remove) of a ${fmt(r.perGroup, 0)}-member group among ${fmt(r.groups, 0)}; ${r.stale} checks on the other process answered the state before (check p50 ${fmt(r.checkP50)} ms); ${fmt(r.users, 0)} users seeded by SQL in ${fmt(r.seedMs / 1000, 1)} s`,
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
