/** Tenant settings (R16: Monitor's project creation), changed by user managers only. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import type { TenantSettings } from '../model/tenant-state.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { PlanInput } from './plan-input.js';

export type UpdateSettingsRequest = Partial<TenantSettings>;

export function planUpdateSettings({ product, state, actor, request }: PlanInput<UpdateSettingsRequest>): PlanResult<Effect> {
  const refusal = refuseWithoutPermission({
    access: accessOf({ product, state, actor }),
    tenantPermission: product.userManagementPermission,
    action: 'change the tenant settings',
  });
  if (refusal) return refuse(refusal);
  if (request.projectCreation !== undefined && !product.projectCreation.restrictableToAdministrators) {
    return refuse({ code: 'VALIDATION', message: `${product.name} has no project-creation setting` });
  }
  const settings: TenantSettings = { ...state.settings, ...request };
  return {
    ok: true,
    effects: [
      { type: 'set-settings', settings },
      auditEffect({ action: 'tenant.settings.updated', target: `tenant:${state.tenantId}`, before: state.settings, after: settings }),
    ],
  };
}
