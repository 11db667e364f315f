/** The About view's data (R23): who I am here, my roles, and why I hold each permission. */
import type { MeView, PermissionReasonView } from '../me-view.js';
import type { ProductView } from '../types.js';
import type { ApiOutputs } from './api-types.js';

type Me = ApiOutputs['me']['get'];
type ExplainedPermission = Me['permissions'][number];

function permissionsOf({
  permissions,
  projectId,
  projectName,
}: {
  permissions: ExplainedPermission[];
  projectId: string | null;
  projectName: string | null;
}): PermissionReasonView[] {
  // The API words every reason (`text`); the view shows those words.
  return permissions.map(({ permission, label, reasons }) => ({ permission, label, projectId, projectName, reasons: reasons.map((reason) => reason.text) }));
}

/**
 * Every role held, each once, by its label: "Administrator", "Administrator (through group
 * Analysts)", "Owner" of a project. The API lists them (`roles`), even one that carries nothing
 * outside its scope yet (Contract "Scoped permissions").
 */
function rolesOf({ roles, projects, product }: { roles: Me['roles']; projects: Me['projects']; product: ProductView }) {
  const applicationRoles = new Set<string>();
  const projectRoles = new Map<string, { projectId: string; projectName: string; role: string }>();
  const projectNames = new Map(projects.map((project) => [project.projectId, project.projectName ?? project.projectId]));
  const labelOf = (roles: { id: string; label: string }[], id: string) => roles.find((role) => role.id === id)?.label ?? id;
  for (const { source } of roles) {
    const group = 'group' in source && source.group ? ` (through group ${source.group.name})` : '';
    if (source.kind === 'application-role') applicationRoles.add(`${labelOf(product.applicationRoles, source.role)}${group}`);
    if (source.kind === 'legacy-role') applicationRoles.add(labelOf(product.legacyRoles, source.role));
    if (source.kind === 'api-key-policy') applicationRoles.add(`${labelOf(product.applicationRoles, source.actsAs)} (API-key policy)`);
    if (source.kind === 'project-role' || source.kind === 'limited-member') {
      const role = `${labelOf(product.projectRoles, source.role)}${group}`;
      projectRoles.set(`${source.projectId}:${role}`, {
        projectId: source.projectId,
        projectName: projectNames.get(source.projectId) ?? source.projectId,
        role,
      });
    }
  }
  return { applicationRoles: [...applicationRoles], projectRoles: [...projectRoles.values()] };
}

export function meViewOf({ me, product }: { me: Me; product: ProductView }): MeView {
  return {
    kind: me.principal?.kind ?? 'user',
    name: me.principal?.email ?? me.principal?.id ?? '',
    ...rolesOf({ roles: me.roles, projects: me.projects, product }),
    permissions: [
      ...permissionsOf({ permissions: me.permissions, projectId: null, projectName: null }),
      ...me.projects.flatMap((project) =>
        permissionsOf({ permissions: project.permissions, projectId: project.projectId, projectName: project.projectName ?? project.projectId }),
      ),
    ],
  };
}
