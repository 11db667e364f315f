import { TenantContextService } from '../../dist/modules/tenants/tenant-context.service.js';
import { bootBenchApi } from '../boot-bench-api.mjs';
import { createBenchDatabase } from '../bench-database.mjs';

/** Runs `work` against a fresh database and a booted API, and tears both down after. */
export async function withApi({ kind, work }) {
  const db = await createBenchDatabase({ kind });
  let api;
  try {
    api = await bootBenchApi({ databaseUrl: db.url });
    return await work({ db, api });
  } finally {
    await api?.close();
    await db.drop();
  }
}

/** Rows seeded behind the API's back: drop its cached decision state of the tenant. */
export function forgetTenant({ api, tenantId }) {
  api.app.get(TenantContextService).forget({ tenantId });
}
