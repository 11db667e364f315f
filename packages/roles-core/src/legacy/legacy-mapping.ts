/**
 * R22: where a legacy user lands in the current model, read from the product's mapping.
 * A department becomes a project with the department's id; a user with several legacy roles
 * gets the strongest application role and, per project, the strongest project role.
 */
import { APPLICATION_ROLE_IDS, type ApplicationRoleId, type LegacyRoleId } from '../model/product-definition.js';
import type { Department, TenantState } from '../model/tenant-state.js';
import type { AnyProduct } from '../planners/plan-input.js';

export interface MappedAccess {
  applicationRole: ApplicationRoleId;
  projectRoles: { projectId: string; role: string }[];
}

/** The project a department becomes: an existing one made from it, or one with the department's id. */
export function projectIdOfDepartment({ state, department }: { state: TenantState; department: Department }): string {
  return state.projects.find((project) => project.departmentId === department.id)?.id ?? department.id;
}

function strongerProjectRole({ product, a, b }: { product: AnyProduct; a: string | undefined; b: string }): string {
  if (a === undefined) return b;
  return (product.projectRoles[b]?.permissions.length ?? 0) > (product.projectRoles[a]?.permissions.length ?? 0) ? b : a;
}

export function mapLegacyUser({
  product,
  state,
  userId,
  roles,
}: {
  product: AnyProduct;
  state: TenantState;
  userId: string;
  roles: readonly LegacyRoleId[];
}): MappedAccess {
  const mapping = product.legacy!.mapping;
  // APPLICATION_ROLE_IDS runs from weakest to strongest tier.
  const rank = (role: ApplicationRoleId) => APPLICATION_ROLE_IDS.indexOf(role);
  const applicationRole = roles
    .map((role) => mapping[role].applicationRole)
    .reduce((best, role) => (rank(role) > rank(best) ? role : best), 'consumer' as ApplicationRoleId);
  const perProject = new Map<string, string>();
  for (const role of roles) {
    const entry = mapping[role];
    if (!entry.projectRole || entry.projects === 'none') continue;
    const departments = state.departments.filter((d) => entry.projects === 'all-departments' || d.memberUserIds.includes(userId));
    for (const department of departments) {
      const projectId = projectIdOfDepartment({ state, department });
      perProject.set(projectId, strongerProjectRole({ product, a: perProject.get(projectId), b: entry.projectRole }));
    }
  }
  return { applicationRole, projectRoles: [...perProject].map(([projectId, role]) => ({ projectId, role })) };
}
