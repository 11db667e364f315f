import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { integrate } from '@loome/roles-core';
import { benchTenant } from '../boot-bench-api.mjs';
import { settleDatabase, seedApplicationGrants, seededUserId, seedProjectGrants, seedProjects, seedUsers } from '../seed.mjs';
import { quantile } from '../stats.mjs';
import { forgetTenant, withApi } from './with-api.mjs';

const CHECKS_PER_REQUEST = 100;
const DISTINCT_BODIES = 64;

/** Deterministic pseudo-random numbers, so every run asks the same questions. */
function random({ seed }) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function buildBodies({ users, projectIds }) {
  const next = random({ seed: 7 });
  const pick = (list) => list[Math.floor(next() * list.length)];
  const tenantPermissions = Object.keys(integrate.permissions);
  const projectPermissions = Object.keys(integrate.projectPermissions);
  return Array.from({ length: DISTINCT_BODIES }, () => ({
    checks: Array.from({ length: CHECKS_PER_REQUEST }, () => {
      const principalId = seededUserId({ tag: 'chk', n: Math.floor(next() * users) });
      return next() < 0.5
        ? { principalId, permission: pick(tenantPermissions) }
        : { principalId, permission: pick(projectPermissions), projectId: pick(projectIds) };
    }),
  }));
}

export function runLoad({ message }) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('../load-generator.mjs', import.meta.url)));
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`the load generator exited with ${code}`)));
    child.send(message);
  });
}

/** Decisions per second and the p99 of a request, from what the load generator reports. */
export function summarizeLoad({ load }) {
  return {
    decisionsPerSecond: (load.latencies.length * CHECKS_PER_REQUEST) / (load.elapsedMs / 1000),
    p99Ms: quantile({ values: load.latencies, q: 0.99 }),
    requests: load.latencies.length,
    failed: load.failed,
  };
}

/** Decisions per second through `POST /check/batch` with an administrator API key, and the p99 of a request. */
export async function measureCheckThroughput({ kind, users, projects, connections, durationMs }) {
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const { tenantId, token } = await benchTenant({ api, product: 'integrate' });
      await seedUsers({ db, tag: 'chk', count: users });
      await seedApplicationGrants({ db, tenantId, tag: 'chk', count: users, roles: ['consumer', 'project-creator', 'consumer'] });
      const projectIds = await seedProjects({ db, tenantId, tag: 'chk', count: projects });
      await seedProjectGrants({ db, tenantId, tag: 'chk', users, projects, perUser: 2, roles: Object.keys(integrate.projectRoles) });
      const key = await api.http({ method: 'POST', path: `/api/v1/tenants/${tenantId}/api-keys`, token, body: { description: 'bench' } });
      await api.http({
        method: 'POST',
        path: `/api/v1/tenants/${tenantId}/roles/administrator/members`,
        token,
        body: { kind: 'apiKey', apiKeyIds: [key.body.id] },
      });
      // The load is timed against a settled database: PostgreSQL's autovacuum of the rows just seeded otherwise shares the two cores with it.
      await settleDatabase({ db });
      forgetTenant({ api, tenantId });

      const bodies = buildBodies({ users, projectIds });
      const path = `/api/v1/tenants/${tenantId}/check/batch`;
      const warm = await api.http({ method: 'POST', path, token: key.body.secret, body: bodies[0] });
      if (warm.status !== 200) throw new Error(`check/batch answered ${warm.status}: ${JSON.stringify(warm.body).slice(0, 300)}`);
      const load = await runLoad({
        message: { url: `${api.baseUrl}${path}`, token: key.body.secret, bodies, connections, durationMs, maxRequests: 1_000_000 },
      });
      return summarizeLoad({ load });
    },
  });
}
