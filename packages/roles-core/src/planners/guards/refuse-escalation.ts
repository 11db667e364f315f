import type { Refusal } from '../../model/refusal.js';
import type { ActorAccess } from '../actor-access.js';

/**
 * R9: nobody grants a role carrying a permission they do not hold themselves, so a member manager
 * cannot create someone more powerful than they are. Project roles compare on that project.
 */
export function refuseEscalation({
  access,
  permissions,
  projectId,
  roleLabel,
}: {
  access: ActorAccess;
  permissions: readonly string[];
  projectId?: string;
  roleLabel: string;
}): Refusal | undefined {
  const held = projectId === undefined ? access.tenantPermissions : access.projectPermissions(projectId);
  const missingPermissions = permissions.filter((permission) => !held.has(permission));
  if (missingPermissions.length === 0) return undefined;
  return {
    code: 'ESCALATION',
    message: `You cannot give the role ${roleLabel}: it carries permissions you do not hold.`,
    missingPermissions,
  };
}
