import { integrate } from '@loome/roles-core';
import { TenantContextService } from '../../dist/modules/tenants/tenant-context.service.js';
import { TenantStateRepository } from '../../dist/modules/tenants/tenant-state.repository.js';
import { benchTenant } from '../boot-bench-api.mjs';
import { refreshStatistics, seedApplicationGrants, seedProjectGrants, seedProjects, seedUsers } from '../seed.mjs';
import { elapsedMs, now } from '../stats.mjs';
import { forgetTenant, withApi } from './with-api.mjs';

/**
 * Loading one tenant's decision state as a request would after a change: read every row (the
 * repository) and compile it (the core). `memberships` = one application role per user plus
 * `projectsPerUser` project roles each.
 */
export async function measureStateLoad({ kind, memberships, projectsPerUser, projects }) {
  const users = Math.round(memberships / (1 + projectsPerUser));
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const { tenantId } = await benchTenant({ api, product: 'integrate' });
      const seedStarted = now();
      await seedUsers({ db, tag: 'big', count: users });
      await seedApplicationGrants({ db, tenantId, tag: 'big', count: users, roles: ['consumer', 'consumer', 'project-creator'] });
      await seedProjects({ db, tenantId, tag: 'big', count: projects });
      await seedProjectGrants({ db, tenantId, tag: 'big', users, projects, perUser: projectsPerUser, roles: Object.keys(integrate.projectRoles) });
      await refreshStatistics({ db });
      const seedMs = elapsedMs({ since: seedStarted });
      forgetTenant({ api, tenantId });

      const states = api.app.get(TenantStateRepository);
      const contexts = api.app.get(TenantContextService);
      const started = now();
      try {
        const tenant = await states.findTenant({ tenantId });
        const state = await states.load({ tenant });
        const readMs = elapsedMs({ since: started });
        const compileStarted = now();
        contexts.build({ tenant, state });
        const compileMs = elapsedMs({ since: compileStarted });
        return { users, seedMs, readMs, compileMs, totalMs: elapsedMs({ since: started }), error: null };
      } catch (error) {
        return { users, seedMs, totalMs: elapsedMs({ since: started }), error: String(error?.message ?? error).slice(0, 160) };
      }
    },
  });
}
