import { monitorEventLoopDelay } from 'node:perf_hooks';
import { benchTenant } from '../boot-bench-api.mjs';
import { elapsedMs, now, quantile } from '../stats.mjs';
import { withApi } from './with-api.mjs';

/** Short addresses, so 45,000 of them fit the 500,000-character list a request may send. */
const address = (n) => `${n.toString(36)}@o.io`;

/** `GET …/me` one after another until `done` settles: each answer's status and time. */
async function sampleMe({ api, tenantId, token, done }) {
  const samples = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = now();
    const answer = await api.http({ path: `/api/v1/tenants/${tenantId}/me`, token });
    samples.push({ ms: elapsedMs({ since: started }), ok: answer.status === 200 });
  }
  return samples;
}

const summary = ({ samples }) => {
  const latencies = samples.filter((sample) => sample.ok).map((sample) => sample.ms);
  return {
    p50Ms: quantile({ values: latencies, q: 0.5 }),
    p95Ms: quantile({ values: latencies, q: 0.95 }),
    maxMs: Math.max(...latencies),
    count: samples.length,
    failed: samples.length - latencies.length,
  };
};

/**
 * Tenant X takes one invitation of `invitees` new addresses and `singleAdds` single adds sent at
 * the same moment, while a user of tenant Y reads `GET …/me` over and over (SPEC §4 Production,
 * Overload: one tenant's load cannot take every connection from the others). Y's answers before
 * the load are the idle reference; the longest stall of the server's event loop during the load
 * tells what no connection limit can help.
 */
export async function measureOverload({ kind, invitees, singleAdds, idleMs = 1_000 }) {
  return withApi({
    kind,
    work: async ({ api }) => {
      const x = await benchTenant({ api, product: 'integrate', admin: 'busy-admin@bench.test' });
      const y = await benchTenant({ api, product: 'assist', admin: 'calm-admin@bench.test' });
      const idleTimer = new Promise((resolve) => setTimeout(resolve, idleMs));
      const idle = summary({ samples: await sampleMe({ api, ...y, done: idleTimer }) });

      // The API runs in this process: a stall of its event loop (work that does not wait on the
      // database) delays every answer, whatever the connections do.
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const add = (body) => api.http({ method: 'POST', path: `/api/v1/tenants/${x.tenantId}/roles/consumer/members`, token: x.token, body });
      const started = now();
      const invitation = add({ kind: 'user', emails: Array.from({ length: invitees }, (_, n) => address(n)).join(';') }).then((answer) => ({
        ...answer,
        ms: elapsedMs({ since: started }),
      }));
      const adds = Promise.all(Array.from({ length: singleAdds }, (_, n) => add({ kind: 'user', emails: `single-${n}@bench.test` })));
      const load = Promise.all([invitation, adds]);
      const loaded = summary({ samples: await sampleMe({ api, ...y, done: load }) });
      const [invited, added] = await load;
      loop.disable();
      const statuses = added.reduce((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {});
      const error = invited.status === 201 ? null : `the invitation answered ${invited.status} ${invited.body?.code ?? ''}`;
      return { ...loaded, idle, inviteMs: invited.ms, addStatuses: statuses, loopStallMaxMs: loop.max / 1e6, error };
    },
  });
}
