/** The root layout's load: product, the user's tenants of this product, the current tenant and its access. */
import type { PortalConfig } from '../config.js';
import type { ProductView, TenantView } from '../types.js';
import { loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { tenantViewsOf } from './view-models.js';
import { buildProductView } from './product-view.js';
import { readSessionUser } from './session.js';
import { meViewOf } from './me.js';
import type { MeView } from '../me-view.js';
import type { PageEvent } from './page-event.js';

export interface ShellData {
  product: ProductView;
  tenants: TenantView[];
  tenant: TenantView | null;
  userEmail: string | null;
  me: MeView | null;
}

export function createShellLoad({ config }: { config: PortalConfig }) {
  const product = buildProductView({ productId: config.productId });
  return async ({ locals, params, cookies, url }: PageEvent): Promise<ShellData> => {
    const { api, signedIn } = locals as PortalLocals;
    const userEmail = readSessionUser({ cookies });
    if (!signedIn) return { product, tenants: [], tenant: null, userEmail, me: null };
    const tenants = tenantViewsOf(await loadFromApi({ cookies, url, run: () => api.tenants.mine.query() })).filter(
      (tenant) => tenant.productId === config.productId,
    );
    const tenant = tenants.find((candidate) => candidate.id === params.tenantId) ?? null;
    const me = tenant ? meViewOf({ me: await loadFromApi({ cookies, url, run: () => api.me.get.query({ tenantId: tenant.id }) }), product }) : null;
    return { product, tenants, tenant, userEmail, me };
  };
}
