/**
 * What Add Members may offer this person in this tenant (R5): directory search for users and for
 * groups. The organization's switches, the product and the actor being a guest all decide it, and
 * the API's own planner answers; the portal asks it with an empty search instead of repeating the rule.
 */
import type { ApiClient } from './api-client.js';

export interface LookupView {
  users: boolean;
  groups: boolean;
}

async function answers(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch {
    // LOOKUP_DISABLED (off, or a guest), FORBIDDEN or an outage: no search here; typing stays.
    return false;
  }
}

export async function loadLookup({ api, tenantId, product }: { api: ApiClient; tenantId: string; product: LookupView }): Promise<LookupView> {
  const [users, groups] = await Promise.all([
    product.users ? answers(() => api.directory.searchUsers.query({ tenantId, q: '' })) : false,
    product.groups ? answers(() => api.directory.searchGroups.query({ tenantId, q: '' })) : false,
  ]);
  return { users, groups };
}
