import { LiveTenant, integrate } from '@loome/roles-core';
import { TenantStateRepository } from '../../dist/modules/tenants/tenant-state.repository.js';
import { benchTenant } from '../boot-bench-api.mjs';
import { seedMembershipTenant, settleDatabase } from '../seed.mjs';
import { elapsedMs, now } from '../stats.mjs';
import { forgetTenant, withApi } from './with-api.mjs';

/** Loads timed in a row: one load's figure moves by a third from run to run on a 2-core machine. */
const LOADS = 5;

/**
 * Loading one tenant's decision state as a request would after a change: read every row (the
 * repository) and compile it (the core), `LOADS` times, each from the database with nothing
 * kept between them. The tenant is the bench's large one (`seedMembershipTenant`): one
 * application role and three project roles per user. The database is settled after seeding
 * first, as it would be for a tenant that grew to that size: SQLite's write-ahead log written
 * back, PostgreSQL's tables vacuumed.
 */
export async function measureStateLoad({ kind, memberships }) {
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const { tenantId } = await benchTenant({ api, product: 'integrate' });
      const seedStarted = now();
      const { users } = await seedMembershipTenant({ db, tenantId, tag: 'big', memberships });
      await settleDatabase({ db });
      const seedMs = elapsedMs({ since: seedStarted });
      forgetTenant({ api, tenantId });

      const states = api.app.get(TenantStateRepository);
      const loads = [];
      let started = now();
      try {
        for (let load = 0; load < LOADS; load++) {
          started = now();
          const tenant = await states.findTenant({ tenantId });
          const state = await states.load({ tenant });
          const readMs = elapsedMs({ since: started });
          const compileStarted = now();
          // What the tenant cache builds from a load: the live tenant, compiled once.
          new LiveTenant({ product: integrate, state });
          loads.push({ readMs, compileMs: elapsedMs({ since: compileStarted }), totalMs: elapsedMs({ since: started }) });
        }
      } catch (error) {
        return { users, seedMs, totalMs: elapsedMs({ since: started }), error: String(error?.message ?? error).slice(0, 160) };
      }
      const byTotal = [...loads].sort((a, b) => a.totalMs - b.totalMs);
      const median = byTotal[Math.floor(LOADS / 2)];
      return { users, seedMs, ...median, loads: LOADS, firstMs: loads[0].totalMs, minMs: byTotal[0].totalMs, maxMs: byTotal[LOADS - 1].totalMs, error: null };
    },
  });
}
