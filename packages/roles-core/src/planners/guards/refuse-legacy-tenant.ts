import type { Refusal } from '../../model/refusal.js';
import type { TenantState } from '../../model/tenant-state.js';

/**
 * R21: a tenant still on the legacy four-role model manages users through legacy roles and
 * departments; current roles and projects arrive only with the migration (R22), all at once.
 */
export function refuseLegacyTenant({ state }: { state: TenantState }): Refusal | undefined {
  if (state.roleModel !== 'legacy') return undefined;
  return { code: 'CONFLICT', message: 'This tenant runs the legacy role model: manage its users there, or migrate it first.' };
}
