/**
 * Who may write the references that keep Limited Members (records, communication rules; R17).
 * Contract details, "Who writes what": Monitor asks for `project.rules.manage` on the project or
 * `rules.create` in the tenant. The product definition has no field for this yet, so the
 * configuration may name them in `limitedMembers.writers`; without it, the R16 project-members
 * gate applies (a reference makes a project member, so whoever may add members may reference).
 */
import type { Refusal } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';
import type { ActorAccess } from './actor-access.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { AnyProduct } from './plan-input.js';

interface ReferenceWriters {
  permission: string;
  projectPermission: string;
}

function writersOf({ product }: { product: AnyProduct }): ReferenceWriters {
  const declared = (product.limitedMembers as { writers?: ReferenceWriters } | null)?.writers;
  return declared ?? { permission: product.projectManagementPermission, projectPermission: product.projectMembersPermission };
}

/** R17: references exist only in products with Limited Members, on existing projects, written by their writers. */
export function refuseReferenceWrite({
  product,
  state,
  access,
  projectId,
}: {
  product: AnyProduct;
  state: TenantState;
  access: ActorAccess;
  projectId: string;
}): Refusal | undefined {
  if (!product.limitedMembers) {
    return { code: 'VALIDATION', message: `${product.name} has no records or communication rules.` };
  }
  if (!state.projects.some((project) => project.id === projectId)) return { code: 'NOT_FOUND', message: 'No such project.' };
  const writers = writersOf({ product });
  return refuseWithoutPermission({
    access,
    tenantPermission: writers.permission,
    projectPermission: { permission: writers.projectPermission, projectId },
    action: "write this project's records and rules",
  });
}
