import { integrate } from '@loome/roles-core';
import { benchTenant } from '../boot-bench-api.mjs';
import { seededUserEmail, seededUserId, seedMembershipTenant, seedUsers, settleDatabase } from '../seed.mjs';
import { elapsedMs, now, quantile } from '../stats.mjs';
import { anotherApiProcess } from './another-api-process.mjs';
import { forgetTenant, withApi } from './with-api.mjs';

/** Repetitions timed at every size even when they overrun the budget, so a p95 means something. */
const MIN_REPETITIONS = 5;
const ROLE = 'consumer';
const PERMISSION = integrate.applicationRoles[ROLE].permissions[0];

/** Users who exist (signed in elsewhere) but are in no role of the tenant: each add is a new member. */
const newcomersOf = ({ tag }) => `${tag}n`;

function percentiles({ values }) {
  return { p50: quantile({ values, q: 0.5 }), p95: quantile({ values, q: 0.95 }) };
}

async function timed(work) {
  const started = now();
  const answer = await work();
  return { answer, ms: elapsedMs({ since: started }) };
}

function expectStatus({ answer, status, what }) {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
}

function writesOf({ api, tenant }) {
  const members = `/api/v1/tenants/${tenant.tenantId}/roles/${ROLE}/members`;
  return {
    add: ({ n }) =>
      api.http({ method: 'POST', path: members, token: tenant.token, body: { kind: 'user', emails: seededUserEmail({ tag: newcomersOf(tenant), n }) } }),
    remove: ({ n }) => api.http({ method: 'DELETE', path: `${members}/${seededUserId({ tag: newcomersOf(tenant), n })}`, token: tenant.token }),
  };
}

function checkOf({ http, tenant }) {
  return ({ n }) =>
    http({
      method: 'POST',
      path: `/api/v1/tenants/${tenant.tenantId}/check`,
      token: tenant.token,
      body: { principalId: seededUserId({ tag: newcomersOf(tenant), n }), permission: PERMISSION },
    });
}

/**
 * Single adds and removes of one member by email through `api`, each followed by the first
 * `check` of that member on `other`; answers that still show the state before the write are
 * counted as stale. Both processes hold the tenant before the first write, as a live service does.
 */
async function singleWrites({ api, other, tenant, repetitions, budgetMs }) {
  const { add, remove } = writesOf({ api, tenant });
  const check = checkOf({ http: other.http, tenant });
  const cold = await timed(() => check({ n: 0 }));
  expectStatus({ answer: cold.answer, status: 200, what: 'the first check' });
  if (other.separate) await checkOf({ http: api.http, tenant })({ n: 0 });
  const times = { add: [], remove: [], checkAfterAdd: [], checkAfterRemove: [] };
  let stale = 0;
  const started = now();
  for (let n = 0; n < repetitions && (n < MIN_REPETITIONS || elapsedMs({ since: started }) < budgetMs); n++) {
    const added = await timed(() => add({ n }));
    expectStatus({ answer: added.answer, status: 201, what: 'adding a member' });
    const afterAdd = await timed(() => check({ n }));
    if (afterAdd.answer.body?.allowed !== true) stale += 1;
    const removed = await timed(() => remove({ n }));
    expectStatus({ answer: removed.answer, status: 200, what: 'removing a member' });
    const afterRemove = await timed(() => check({ n }));
    if (afterRemove.answer.body?.allowed !== false) stale += 1;
    times.add.push(added.ms);
    times.checkAfterAdd.push(afterAdd.ms);
    times.remove.push(removed.ms);
    times.checkAfterRemove.push(afterRemove.ms);
  }
  return {
    memberships: tenant.memberships,
    repetitions: times.add.length,
    coldCheckMs: cold.ms,
    add: percentiles({ values: times.add }),
    remove: percentiles({ values: times.remove }),
    checkAfterWrite: percentiles({ values: [...times.checkAfterAdd, ...times.checkAfterRemove] }),
    stale,
  };
}

/** `writes` single writes one after another (an add, then its remove, and so on), as a directory sync would send them. */
async function sequentialWrites({ api, tenant, writes, budgetMs, newcomers }) {
  const { add, remove } = writesOf({ api, tenant });
  const started = now();
  let done = 0;
  while (done < writes && elapsedMs({ since: started }) < budgetMs) {
    const n = Math.floor(done / 2) % newcomers;
    const answer = await (done % 2 === 0 ? add({ n }) : remove({ n }));
    expectStatus({ answer, status: done % 2 === 0 ? 201 : 200, what: `write ${done + 1} of ${writes}` });
    done += 1;
  }
  const ms = elapsedMs({ since: started });
  return { writes, done, ms, projectedMs: (ms * writes) / done };
}

/**
 * Write figures at each of `sizes` memberships (each its own tenant of the bench's large shape, in
 * one database), then `sequence.writes` writes in a row to the largest. See `singleWrites`.
 */
export async function measureWrites({ kind, sizes, repetitions, budgetMs, sequence }) {
  const newcomers = Math.max(repetitions, Math.ceil(sequence.writes / 2));
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const seedStarted = now();
      const tenants = [];
      for (const [index, memberships] of sizes.entries()) {
        const tag = `w${index}`;
        const { tenantId, token } = await benchTenant({ api, product: 'integrate' });
        await seedMembershipTenant({ db, tenantId, tag, memberships });
        await seedUsers({ db, tag: newcomersOf({ tag }), count: newcomers });
        tenants.push({ tag, tenantId, token, memberships });
      }
      await settleDatabase({ db });
      for (const { tenantId } of tenants) forgetTenant({ api, tenantId });
      const seedMs = elapsedMs({ since: seedStarted });
      const other = await anotherApiProcess({ kind, api, databaseUrl: db.url });
      try {
        const bySize = [];
        for (const tenant of tenants) bySize.push(await singleWrites({ api, other, tenant, repetitions, budgetMs }));
        const series = await sequentialWrites({ api, tenant: tenants.at(-1), writes: sequence.writes, budgetMs: sequence.budgetMs, newcomers });
        return { bySize, series, separateProcess: other.separate, seedMs };
      } finally {
        await other.stop();
      }
    },
  });
}
