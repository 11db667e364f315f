import type { Refusal } from '../../model/refusal.js';
import type { AnyProduct } from '../plan-input.js';

/**
 * R16, R17: only the product's project roles can be given, and never one that exists only
 * through references (Limited Member) — it would outlive the references that justify it.
 */
export function refuseUnassignableProjectRole({ product, role }: { product: AnyProduct; role: string }): Refusal | undefined {
  const definition = Object.hasOwn(product.projectRoles, role) ? product.projectRoles[role] : undefined;
  if (!definition) return { code: 'VALIDATION', message: `Unknown project role "${role}".` };
  if (!definition.assignable) {
    return { code: 'NOT_ASSIGNABLE', message: `Nobody can be made ${definition.label} by hand.` };
  }
  return undefined;
}
