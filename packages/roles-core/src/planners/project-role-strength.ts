/**
 * Project roles by strength, read from the configuration: a role with fewer permissions is weaker.
 * Pickers start on the weakest role (issue 17: nobody grants Owner by accident), and a notified
 * newcomer gets it (R18). A new product needs no code here.
 */
import type { AnyProduct } from './plan-input.js';

/** The roles anyone may assign, weakest first; roles of equal strength keep the configuration's order. */
export function assignableProjectRolesWeakestFirst({ product }: { product: AnyProduct }): string[] {
  return Object.entries(product.projectRoles)
    .filter(([, role]) => role.assignable)
    .map(([id, role], order) => ({ id, strength: role.permissions.length, order }))
    .sort((a, b) => a.strength - b.strength || a.order - b.order)
    .map(({ id }) => id);
}

/** The assignable project role with the fewest permissions: in every product the one that only lets you view. */
export function weakestProjectRole({ product }: { product: AnyProduct }): string {
  const [weakest] = assignableProjectRolesWeakestFirst({ product });
  if (weakest === undefined) throw new Error(`${product.name} has no assignable project role.`);
  return weakest;
}

/** The project permission that renames and deletes a project; products that name none use the members permission. */
export function projectAdministrationPermissionOf({ product }: { product: AnyProduct }): string {
  return product.projectAdministrationPermission ?? product.projectMembersPermission;
}
