import type { AnyProduct } from '../define-product.js';
import type { Actor, TenantState } from '../model/tenant-state.js';

export type { AnyProduct };

/** What every planner takes: the product, the tenant as loaded, who asks, and what they ask for. */
export interface PlanInput<Request> {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  request: Request;
  /** ISO date-time; defaults to the current time where a planner needs one. */
  now?: string;
}
