/**
 * The decisions a state is already kept with: a live tenant files each view of its state under
 * its decisions, so a planner handed that view reads the actor's access from them instead of
 * compiling the tenant again. Any other state is compiled.
 */
import type { AnyProduct } from '../define-product.js';
import type { TenantState } from '../model/tenant-state.js';
import { compileTenant } from './compile-tenant.js';
import type { TenantDecisions } from './tenant-decisions.js';

const decisionsByState = new WeakMap<TenantState, TenantDecisions>();

export function rememberDecisions({ state, decisions }: { state: TenantState; decisions: TenantDecisions }): void {
  decisionsByState.set(state, decisions);
}

export function decisionsOf({ product, state }: { product: AnyProduct; state: TenantState }): TenantDecisions {
  const kept = decisionsByState.get(state);
  return kept?.product === product ? kept : compileTenant({ product, state });
}
