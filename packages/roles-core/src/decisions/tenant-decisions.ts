import type { AnyProduct } from '../define-product.js';
import type { TenantState } from '../model/tenant-state.js';
import type { CheckQuery, PrincipalSelector } from './check-query.js';
import type { EffectivePermissions } from './compile-tenant.js';
import type { Explanation } from './reason.js';

/** What the API asks of a tenant's decisions, however they are kept (compiled once, or following changes). */
export interface TenantDecisions {
  readonly product: AnyProduct;
  readonly state: TenantState;
  can(query: CheckQuery): boolean;
  explain(query: CheckQuery): Explanation;
  effectivePermissions(selector: PrincipalSelector): EffectivePermissions;
  principalIdOf({ email }: { email: string }): string | null;
}
