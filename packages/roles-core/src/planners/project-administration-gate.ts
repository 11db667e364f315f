import type { Refusal } from '../model/refusal.js';
import type { ProjectRecord, TenantState } from '../model/tenant-state.js';
import { readerOf } from '../live/state-index.js';
import type { ActorAccess } from './actor-access.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import { refuseLegacyTenant } from './guards/refuse-legacy-tenant.js';
import type { AnyProduct } from './plan-input.js';
import { projectAdministrationPermissionOf } from './project-role-strength.js';

/**
 * Renaming and deleting a project belong to whoever manages it: holders of the tenant-wide
 * project-management permission, and the project roles holding the product's project
 * administration permission (Assist's `project.manage`; elsewhere the owner's members permission).
 * Answers the project, or why it may not be touched.
 */
export function projectToAdminister({
  product,
  state,
  access,
  projectId,
  action,
}: {
  product: AnyProduct;
  state: TenantState;
  access: ActorAccess;
  projectId: string;
  /** What the refusal says the actor may not do: `rename this project`. */
  action: string;
}): { project: ProjectRecord } | { refusal: Refusal } {
  const legacy = refuseLegacyTenant({ state });
  if (legacy) return { refusal: legacy };
  const project = readerOf({ state }).projectById(projectId);
  if (!project) return { refusal: { code: 'NOT_FOUND', message: 'No such project.' } };
  const refusal = refuseWithoutPermission({
    access,
    tenantPermission: product.projectManagementPermission,
    projectPermission: { permission: projectAdministrationPermissionOf({ product }), projectId },
    action,
  });
  return refusal ? { refusal } : { project };
}
