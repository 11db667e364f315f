/**
 * What the API asks of a tenant's decisions, whether compiled once from a state
 * (`CompiledTenant`) or kept current change by change (`LiveTenant`'s `decisions`).
 */
import type { AnyProduct } from '../define-product.js';
import type { TenantState } from '../model/tenant-state.js';
import type { EffectivePermissions } from './answers-from-grants.js';
import type { CheckQuery, PrincipalSelector } from './check-query.js';
import type { Explanation } from './reason.js';

export interface TenantDecisions {
  readonly product: AnyProduct;
  /** The state these decisions answer for. */
  readonly state: TenantState;
  /** Whether the principal holds the permission (anywhere, or on the project / record asked about). */
  can(query: CheckQuery): boolean;
  /** `can`, with every grant that decides it (R23); denied answers list the scope limits. */
  explain(query: CheckQuery): Explanation;
  /** Every permission the principal holds, tenant-wide and per project, each with its reasons (R23). */
  effectivePermissions(selector: PrincipalSelector): EffectivePermissions;
  /** The principal id a user's email resolves to in this tenant, if any. */
  principalIdOf({ email }: { email: string }): string | null;
}
