import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import { accessOf, type ActorAccess } from '../planners/actor-access.js';
import { refuseWithoutPermission } from '../planners/guards/refuse-without-permission.js';
import type { AnyProduct } from '../planners/plan-input.js';

/**
 * R21: legacy planners act only on tenants that still run the legacy model of a product that
 * declares one (anything else is CONFLICT), and only for holders of the user-management permission.
 */
export function refuseLegacyAction({
  product,
  state,
  actor,
  action,
}: {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  action: string;
}): { refusal: Refusal } | { access: ActorAccess } {
  if (!product.legacy || state.roleModel !== 'legacy') {
    return { refusal: { code: 'CONFLICT', message: 'This tenant does not run the legacy role model.' } };
  }
  const access = accessOf({ product, state, actor });
  const forbidden = refuseWithoutPermission({ access, tenantPermission: product.userManagementPermission, action });
  return forbidden ? { refusal: forbidden } : { access };
}
