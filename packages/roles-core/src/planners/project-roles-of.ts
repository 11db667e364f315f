import type { AnyProduct } from '../define-product.js';
import type { TenantState } from '../model/tenant-state.js';
import { isLimitedMember, referencesOfUser } from './limited-member-references.js';
import { groupIdsOfUser } from './tenant-queries.js';

/**
 * The project roles a principal holds on each project, in the product's role order: their own
 * grants, their groups' (R7), and the Limited Member role references give them (R17).
 */
export function projectRolesOf({ product, state, principalId }: { product: AnyProduct; state: TenantState; principalId: string }): Map<string, string[]> {
  const email = state.users.find((user) => user.id === principalId)?.email;
  const groupIds = new Set(email === undefined ? [] : groupIdsOfUser({ state, email }));
  const held = new Map<string, Set<string>>();
  const add = (projectId: string, role: string) => {
    let roles = held.get(projectId);
    if (!roles) held.set(projectId, (roles = new Set()));
    roles.add(role);
  };
  for (const grant of state.projectGrants) {
    if (grant.kind === 'group' ? groupIds.has(grant.principalId) : grant.principalId === principalId) add(grant.projectId, grant.role);
  }
  const limitedRole = product.limitedMembers?.projectRole;
  if (limitedRole) {
    const { records, rules } = referencesOfUser({ product, state, userId: principalId });
    for (const projectId of new Set([...records, ...rules].map((reference) => reference.projectId))) {
      if (isLimitedMember({ product, state, userId: principalId, projectId })) add(projectId, limitedRole);
    }
  }
  const order = Object.keys(product.projectRoles);
  return new Map([...held].map(([projectId, roles]) => [projectId, order.filter((role) => roles.has(role))]));
}
