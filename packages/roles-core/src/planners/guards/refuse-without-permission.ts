import type { Refusal } from '../../model/refusal.js';
import type { ActorAccess } from '../actor-access.js';

/**
 * R9, R16: an action belongs to holders of a permission, tenant-wide or on one project.
 * Either one suffices, so a project owner and a tenant-wide project manager pass the same gate.
 */
export function refuseWithoutPermission({
  access,
  tenantPermission,
  projectPermission,
  action,
}: {
  access: ActorAccess;
  tenantPermission?: string;
  projectPermission?: { permission: string; projectId: string };
  action: string;
}): Refusal | undefined {
  const holdsTenantWide = tenantPermission !== undefined && access.tenantPermissions.has(tenantPermission);
  const holdsOnProject = projectPermission !== undefined && access.projectPermissions(projectPermission.projectId).has(projectPermission.permission);
  if (holdsTenantWide || holdsOnProject) return undefined;
  return { code: 'FORBIDDEN', message: `You are not allowed to ${action}.` };
}
