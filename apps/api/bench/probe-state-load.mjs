// `node bench/probe-state-load.mjs [sqlite|postgres] [rounds]`: seeds the state-load tenant once and
// times reading and compiling it several times, to compare changes without re-seeding. Figures only.
import { ensureApiBuilt } from './ensure-built.mjs';

ensureApiBuilt();
const { LiveTenant, integrate } = await import('@loome/roles-core');
const { TenantStateRepository } = await import('../dist/modules/tenants/tenant-state.repository.js');
const { benchTenant } = await import('./boot-bench-api.mjs');
const { seedMembershipTenant, settleDatabase } = await import('./seed.mjs');
const { withApi } = await import('./measures/with-api.mjs');

const kind = process.argv[2] ?? 'sqlite';
const rounds = Number(process.argv[3] ?? 3);
const memberships = 1_000_000;
await withApi({
  kind,
  work: async ({ db, api }) => {
    const { tenantId } = await benchTenant({ api, product: 'integrate' });
    await seedMembershipTenant({ db, tenantId, tag: 'big', memberships });
    await settleDatabase({ db });
    const states = api.app.get(TenantStateRepository);
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const tenant = await states.findTenant({ tenantId });
      const state = await states.load({ tenant });
      const read = performance.now() - started;
      new LiveTenant({ product: integrate, state });
      const compile = performance.now() - started - read;
      console.log(`${kind} round ${round + 1}: read ${read.toFixed(0)} ms + compile ${compile.toFixed(0)} ms = ${(read + compile).toFixed(0)} ms`);
    }
  },
});
process.exit(0);
