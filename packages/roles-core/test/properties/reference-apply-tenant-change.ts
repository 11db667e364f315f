/** `applyTenantChange` over the plain-list reference of effects: the oracle the live tenant's property test compares against. */
import type { TenantChange } from '../../src/model/tenant-change.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { applyTenantChange } from '../../src/planners/apply-tenant-change.js';
import { referenceApplyEffects } from './reference-apply-effects.js';

export function referenceApplyTenantChange({ state, change }: { state: TenantState; change: TenantChange }): TenantState {
  return applyTenantChange({ state, change, applyEffects: referenceApplyEffects });
}
