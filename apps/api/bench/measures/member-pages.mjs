import { benchTenant } from '../boot-bench-api.mjs';
import { seedApplicationGrants, seedUsers } from '../seed.mjs';
import { elapsedMs, now, quantile } from '../stats.mjs';
import { forgetTenant, withApi } from './with-api.mjs';

/**
 * Walks a `members` role list of a big tenant page by page with its cursor. The first page (which
 * loads the tenant) is reported apart from the p95 of the pages after it.
 */
export async function measureMemberPages({ kind, members, pageSize, maxPages, budgetMs }) {
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const { tenantId, token } = await benchTenant({ api, product: 'integrate' });
      await seedUsers({ db, tag: 'mbr', count: members });
      await seedApplicationGrants({ db, tenantId, tag: 'mbr', count: members, roles: ['consumer'] });
      forgetTenant({ api, tenantId });

      const started = now();
      const latencies = [];
      let cursor = null;
      let firstPageMs = null;
      let error = null;
      while (latencies.length < maxPages && elapsedMs({ since: started }) < budgetMs) {
        const query = `limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const pageStarted = now();
        const page = await api.http({ path: `/api/v1/tenants/${tenantId}/roles/consumer/members?${query}`, token, timeoutMs: budgetMs });
        const ms = elapsedMs({ since: pageStarted });
        if (page.status !== 200) {
          error = `page answered ${page.status}: ${JSON.stringify(page.body).slice(0, 200)}`;
          break;
        }
        if (firstPageMs === null) firstPageMs = ms;
        else latencies.push(ms);
        cursor = page.body.nextCursor;
        if (!cursor) break;
      }
      return { firstPageMs, p95Ms: quantile({ values: latencies, q: 0.95 }), pages: latencies.length, error };
    },
  });
}
