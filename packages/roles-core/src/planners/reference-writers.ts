/**
 * Who may write the references that keep Limited Members (records, communication rules; R17).
 * Contract details, "Who writes what": Monitor asks for `project.rules.manage` on the project or
 * `rules.create` in the tenant; the product names them in `limitedMembers.writers`.
 */
import type { Refusal } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';
import type { ActorAccess } from './actor-access.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { AnyProduct } from './plan-input.js';

/** R17: references exist only in products with Limited Members, on existing projects, written by their writers. */
export function refuseReferenceWrite({
  product,
  state,
  access,
  projectId,
  recordId,
}: {
  product: AnyProduct;
  state: TenantState;
  access: ActorAccess;
  projectId: string;
  /**
   * The record the write names, if any: a record the project does not have is NOT_FOUND before
   * whether the caller may write, as `check` answers about it (Contract "Scoped permissions", "Strict input").
   */
  recordId?: string;
}): Refusal | undefined {
  if (!product.limitedMembers) {
    return { code: 'VALIDATION', message: `${product.name} has no records or communication rules.` };
  }
  if (!state.projects.some((project) => project.id === projectId)) return { code: 'NOT_FOUND', message: 'No such project.' };
  if (recordId !== undefined && !state.records.some((record) => record.id === recordId && record.projectId === projectId)) {
    return { code: 'NOT_FOUND', message: 'No such record in this project.' };
  }
  const { writers } = product.limitedMembers;
  return refuseWithoutPermission({
    access,
    tenantPermission: writers.permission,
    projectPermission: { permission: writers.projectPermission, projectId },
    action: "write this project's records and rules",
  });
}
