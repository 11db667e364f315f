/** The root layout's load: product, the user's tenants of this product, the current tenant and its access. */
import { error } from '@sveltejs/kit';
import type { PortalConfig } from '../config.js';
import { describeProblem, type Problem } from '../problem.js';
import type { ProductView, TenantView } from '../types.js';
import { loadOrProblem } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { tenantViewsOf } from './view-models.js';
import { buildProductView } from './product-view.js';
import { readSessionUser } from './session.js';
import { meViewOf } from './me.js';
import type { MeView } from '../me-view.js';
import type { PageEvent } from './page-event.js';
import { statusOf } from './to-problem.js';

export interface ShellData {
  product: ProductView;
  tenants: TenantView[];
  tenant: TenantView | null;
  userEmail: string | null;
  me: MeView | null;
  /** Why the tenants could not be loaded (the API unreachable…): raised by the pages below, never here. */
  problem: Problem | null;
}

export function createShellLoad({ config }: { config: PortalConfig }) {
  const product = buildProductView({ productId: config.productId });
  return async ({ locals, params, cookies, url }: PageEvent): Promise<ShellData> => {
    const { api, signedIn } = locals as PortalLocals;
    const userEmail = readSessionUser({ cookies });
    const empty = { product, tenants: [], tenant: null, userEmail, me: null, problem: null };
    if (!signedIn) return empty;
    const mine = await loadOrProblem({ cookies, url, run: () => api.tenants.mine.query() });
    if (mine.problem) return { ...empty, problem: mine.problem };
    const tenants = tenantViewsOf(mine.value).filter((tenant) => tenant.productId === config.productId);
    const tenant = tenants.find((candidate) => candidate.id === params.tenantId) ?? null;
    if (!tenant) return { ...empty, tenants };
    const access = await loadOrProblem({ cookies, url, run: () => api.me.get.query({ tenantId: tenant.id }) });
    if (access.problem) return { ...empty, tenants, tenant, problem: access.problem };
    return { product, tenants, tenant, userEmail, me: meViewOf({ me: access.value, product }), problem: null };
  };
}

/** Raises the root layout's problem as the portal's error page, in words. */
export function raiseShellProblem({ shell }: { shell: ShellData }): void {
  if (shell.problem) error(statusOf({ problem: shell.problem }), describeProblem({ problem: shell.problem, productName: shell.product.name }));
}

/** `/t/:tenantId`'s layout: the tenant, or the error page. A tenant the user cannot see is 404, as one that does not exist. */
export function requireTenant({ shell }: { shell: ShellData }): { tenant: TenantView } {
  raiseShellProblem({ shell });
  if (!shell.tenant) error(404, 'There is no such tenant, or you have no access to it.');
  return { tenant: shell.tenant };
}
