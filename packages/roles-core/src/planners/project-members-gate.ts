import type { Refusal } from '../model/refusal.js';
import type { ActorAccess } from './actor-access.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { AnyProduct } from './plan-input.js';
import type { TenantState } from '../model/tenant-state.js';
import { refuseLegacyTenant } from './guards/refuse-legacy-tenant.js';

/**
 * R16: a project's members are managed by its owners (the project role holding the members
 * permission) and by holders of the tenant-wide project-management permission; the project must exist.
 */
export function refuseProjectMembersChange({
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
  const legacy = refuseLegacyTenant({ state });
  if (legacy) return legacy;
  if (!state.projects.some((project) => project.id === projectId)) {
    return { code: 'NOT_FOUND', message: 'No such project.' };
  }
  return refuseWithoutPermission({
    access,
    tenantPermission: product.projectManagementPermission,
    projectPermission: { permission: product.projectMembersPermission, projectId },
    action: "manage this project's members",
  });
}
