import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { integrate } from '@loome/roles-core';
import { createBenchDatabase } from '../bench-database.mjs';
import { benchApiEnv, benchTenant, startBenchApiProcess } from '../boot-bench-api.mjs';
import {
  SMALL_TENANT_GROUP,
  seededUserEmail,
  seededUserId,
  seedMembershipTenant,
  seedSessions,
  seedSmallTenants,
  settleDatabase,
  smallOrganizationId,
  smallTenantId,
} from '../seed.mjs';
import { elapsedMs, now, quantile } from '../stats.mjs';
import { runLoad } from './check-throughput.mjs';

const SMALL = 'mt';
const LARGE = 'big';
const DISTINCT_CHECKS = 1_000;
const TOUCHING_CONNECTIONS = 4;
const MB = 1024 * 1024;

/** Single `check` bodies about the large tenant's users, spread over all of them. */
function checkBodies({ users }) {
  const permissions = Object.keys(integrate.permissions);
  return Array.from({ length: DISTINCT_CHECKS }, (_, i) => ({
    principalId: seededUserId({ tag: LARGE, n: (i * 7_919) % users }),
    permission: permissions[i % permissions.length],
  }));
}

/** `work(i)` for i = 0…count-1 over `connections` requests at a time. */
async function inParallel({ count, connections, work }) {
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** Calls `send(i)` every `everyMs` (never two at once) until `stopped()`; counts the answers that were not 2xx. */
async function paced({ everyMs, stopped, send }) {
  let sent = 0;
  let failed = 0;
  while (!stopped()) {
    const started = now();
    const answer = await send(sent).catch((error) => ({ status: String(error?.code ?? error) }));
    sent += 1;
    if (!(answer.status >= 200 && answer.status < 300)) failed += 1;
    await sleep(Math.max(0, everyMs - elapsedMs({ since: started })));
  }
  return { sent, failed };
}

/** Dev sign-ins of users of the small tenants, a different tenant each time. */
function signIn({ api, tenants, members }) {
  return (i) =>
    api.http({ method: 'POST', path: '/api/v1/auth/dev-login', body: { email: seededUserEmail({ tag: SMALL, n: (i % tenants) * members + (i % members) }) } });
}

/** A new directory for a small tenant's organization: its group `team` holds one to three of the tenant's users. */
function directoryChange({ api, tenants, members }) {
  return (i) => {
    const t = i % tenants;
    const emails = Array.from({ length: Math.min(members, 3) }, (_, k) => seededUserEmail({ tag: SMALL, n: t * members + k }));
    return api.http({
      method: 'PUT',
      path: `/api/v1/organizations/${smallOrganizationId({ tag: SMALL, n: t })}/directory`,
      token: api.platformToken,
      body: {
        users: emails.map((email) => ({ email, name: email.split('@')[0] })),
        groups: [{ id: SMALL_TENANT_GROUP, name: 'Team', members: emails.slice(0, 1 + (i % emails.length)) }],
      },
    });
  };
}

function heapOf(memory) {
  return memory.heapUsed + memory.external;
}

/**
 * `tenants` small tenants of `members` users and one of `largeMemberships`, all held by one API
 * process of their own: every small tenant is touched once (`GET …/me` of a seeded session), then
 * a load generator sends single `check`s about the large tenant for `durationMs` while dev
 * sign-ins and directory changes of the small tenants arrive all along. The process's memory is
 * sampled throughout (its peaks include garbage not swept yet) and measured after a full
 * collection before and after (what it retains); `TENANT_CACHE_MB`, when the run sets it, is its
 * cache budget.
 */
export async function measureManyTenants({ kind, tenants, members, largeMemberships, durationMs, connections, signInEveryMs, directoryEveryMs }) {
  const { TENANT_CACHE_MB: budget } = benchApiEnv();
  const budgetMb = budget === undefined ? null : Number(budget);
  const db = await createBenchDatabase({ kind });
  let api;
  try {
    api = await startBenchApiProcess({ databaseUrl: db.url });
    const bare = await api.memory({ collect: true });
    const seedStarted = now();
    const large = await benchTenant({ api, product: 'integrate' });
    const { users } = await seedMembershipTenant({ db, tenantId: large.tenantId, tag: LARGE, memberships: largeMemberships });
    await seedSmallTenants({ db, tag: SMALL, tenants, members });
    const sessions = Array.from({ length: tenants }, (_, t) => ({
      token: `lss_${randomBytes(24).toString('base64url')}`,
      userId: seededUserId({ tag: SMALL, n: t * members }),
    }));
    await seedSessions({ db, sessions });
    await settleDatabase({ db });
    await api.forgetTenant({ tenantId: large.tenantId });
    const seedMs = elapsedMs({ since: seedStarted });

    const touchStarted = now();
    let touchFailed = 0;
    await inParallel({
      count: tenants,
      connections: TOUCHING_CONNECTIONS,
      work: async (t) => {
        const me = await api.http({ path: `/api/v1/tenants/${smallTenantId({ tag: SMALL, n: t })}/me`, token: sessions[t].token });
        if (me.status !== 200) touchFailed += 1;
      },
    });
    const touchMs = elapsedMs({ since: touchStarted });
    const bodies = checkBodies({ users });
    const checkPath = `/api/v1/tenants/${large.tenantId}/check`;
    const coldStarted = now();
    const cold = await api.http({ method: 'POST', path: checkPath, token: large.token, body: bodies[0] });
    if (cold.status !== 200) throw new Error(`the large tenant's check answered ${cold.status}: ${JSON.stringify(cold.body).slice(0, 200)}`);
    const coldLargeMs = elapsedMs({ since: coldStarted });
    const loaded = await api.memory({ collect: true });

    let stopped = false;
    const samples = [loaded];
    const sampling = paced({ everyMs: 250, stopped: () => stopped, send: async () => (samples.push(await api.memory()), { status: 200 }) });
    const signIns = paced({ everyMs: signInEveryMs, stopped: () => stopped, send: signIn({ api, tenants, members }) });
    const directoryChanges = paced({ everyMs: directoryEveryMs, stopped: () => stopped, send: directoryChange({ api, tenants, members }) });
    let load;
    try {
      load = await runLoad({ message: { url: `${api.baseUrl}${checkPath}`, token: large.token, bodies, connections, durationMs, maxRequests: 100_000_000 } });
    } finally {
      stopped = true;
    }
    const [signedIn, synced] = await Promise.all([signIns, directoryChanges, sampling]);
    const retained = await api.memory({ collect: true });
    return {
      seedMs,
      touchMs,
      touchFailed,
      coldLargeMs,
      p50Ms: quantile({ values: load.latencies, q: 0.5 }),
      p99Ms: quantile({ values: load.latencies, q: 0.99 }),
      maxMs: quantile({ values: load.latencies, q: 1 }),
      requests: load.latencies.length,
      failed: load.failed,
      signIns: signedIn,
      directoryChanges: synced,
      memberships: tenants * members + largeMemberships,
      budgetMb,
      memory: {
        bareRssMb: bare.rss / MB,
        bareHeapMb: heapOf(bare) / MB,
        loadedHeapMb: heapOf(loaded) / MB,
        retainedHeapMb: heapOf(retained) / MB,
        peakRssMb: Math.max(...samples.map((s) => s.rss)) / MB,
        peakHeapMb: Math.max(...samples.map(heapOf)) / MB,
      },
    };
  } finally {
    await api?.close();
    await db.drop();
  }
}
