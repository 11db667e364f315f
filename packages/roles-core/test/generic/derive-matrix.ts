/**
 * A product's permission matrix read straight from its configuration, the way docs/permissions.md
 * shows it: what the decisions (`can`) must answer, cell by cell.
 */
import type { AnyProduct } from '../../src/define-product.js';
import { APPLICATION_ROLE_IDS } from '../../src/model/product-definition.js';

/** `scoped`: held only inside the consumer's or Limited Member's scope (R19, R17). */
export type Mark = 'held' | 'scoped' | 'not held';

export interface Cell {
  role: string;
  permission: string;
  mark: Mark;
}

export function applicationCells({ product }: { product: AnyProduct }): Cell[] {
  const scope = product.consumerScope;
  const scoped = new Set<string>(scope.kind === 'tenant' ? [] : scope.scopedPermissions);
  return APPLICATION_ROLE_IDS.flatMap((role) =>
    Object.keys(product.permissions).map((permission) => ({
      role,
      permission,
      mark: markOf({ holds: product.applicationRoles[role].permissions.includes(permission), scoped: role === 'consumer' && scoped.has(permission) }),
    })),
  );
}

export function projectCells({ product }: { product: AnyProduct }): Cell[] {
  const limited = product.limitedMembers?.projectRole;
  return Object.entries(product.projectRoles).flatMap(([role, definition]) =>
    Object.keys(product.projectPermissions).map((permission) => ({
      role,
      permission,
      mark: markOf({ holds: definition.permissions.includes(permission), scoped: role === limited }),
    })),
  );
}

function markOf({ holds, scoped }: { holds: boolean; scoped: boolean }): Mark {
  if (!holds) return 'not held';
  return scoped ? 'scoped' : 'held';
}
