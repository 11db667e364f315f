import { projectAdministrationPermissionOf, type AnyProduct } from '@loome/roles-core';
import type { EndpointExpectation } from '../route-walk/walk-expectations.js';

/**
 * What to ask `check` about a route, from its declaration in the walk (access, then the service's
 * gate): the permission it needs, tenant-wide or on the route's project (Contract "Scoped
 * permissions": FORBIDDEN exactly when `check` of that permission, for the same caller and
 * resource, denies).
 * - membership: routes any member may call; only "is this my tenant" is asked.
 * - permissions: the route passes when `check` allows any of them (the planners' gates accept a
 *   tenant-wide permission or a project one, R16, R17).
 * - visible: reading a project answers NOT_FOUND when `check` allows nothing on it (R19).
 */
export type RouteQuestion = { kind: 'membership' } | { kind: 'permissions'; permissions: string[]; onProject: boolean } | { kind: 'visible' };

export function routeQuestion({ expectation, product }: { expectation: EndpointExpectation; product: AnyProduct }): RouteQuestion {
  if (expectation.access === 'permission:userManagement') return { kind: 'permissions', permissions: [product.userManagementPermission], onProject: false };
  if (expectation.access === 'permission:projectManagement')
    return { kind: 'permissions', permissions: [product.projectManagementPermission], onProject: false };
  switch (expectation.gate) {
    case undefined:
      return { kind: 'membership' };
    case 'userManagement':
      return { kind: 'permissions', permissions: [product.userManagementPermission], onProject: false };
    case 'projectCreation':
      return { kind: 'permissions', permissions: [product.projectCreation.permission], onProject: false };
    case 'projectMembers':
      return { kind: 'permissions', permissions: [product.projectManagementPermission, product.projectMembersPermission], onProject: true };
    case 'projectAdministration':
      return { kind: 'permissions', permissions: [product.projectManagementPermission, projectAdministrationPermissionOf({ product })], onProject: true };
    case 'referenceWriters': {
      const writers = product.limitedMembers?.writers;
      if (!writers) throw new Error(`${product.name} has no reference writers`);
      return { kind: 'permissions', permissions: [writers.permission, writers.projectPermission], onProject: true };
    }
    case 'projectVisible':
      return { kind: 'visible' };
  }
}

/** Every permission of the product, tenant-wide and project ones: what "sees the project" asks. */
export function everyPermission({ product }: { product: AnyProduct }): string[] {
  return [...Object.keys(product.permissions), ...Object.keys(product.projectPermissions)];
}
