/**
 * R22: what a user gains and loses when the legacy model is replaced by the mapping. A permission
 * held tenant-wide is kept only if it stays tenant-wide — surviving inside projects is a loss —
 * and a legacy-only permission with no counterpart is a loss. Nobody silently loses access.
 */
import type { LegacyRoleId } from '../model/product-definition.js';
import type { TenantState } from '../model/tenant-state.js';
import type { AnyProduct } from '../planners/plan-input.js';
import { projectIdOfDepartment, type MappedAccess } from './legacy-mapping.js';

export interface PermissionChange {
  permission: string;
  label: string;
  /** `null` for tenant-wide; otherwise the project it holds on. */
  projectId: string | null;
}

type Held = Map<string, Set<string | null>>;

function hold(held: Held, permission: string, projectId: string | null): void {
  const scopes = held.get(permission) ?? new Set();
  scopes.add(projectId);
  held.set(permission, scopes);
}

function heldBefore({ product, state, userId, roles }: { product: AnyProduct; state: TenantState; userId: string; roles: readonly LegacyRoleId[] }): Held {
  const held: Held = new Map();
  for (const role of roles) {
    const definition = product.legacy!.roles[role];
    const scopes = definition.departmentScoped
      ? state.departments.filter((d) => d.memberUserIds.includes(userId)).map((department) => projectIdOfDepartment({ state, department }))
      : [null];
    for (const permission of definition.permissions) for (const scope of scopes) hold(held, permission, scope);
  }
  return held;
}

function heldAfter({ product, mapped }: { product: AnyProduct; mapped: MappedAccess }): Held {
  const held: Held = new Map();
  const scope = product.consumerScope;
  // A consumer's scoped permissions hold only where they are assigned (R19), never tenant-wide.
  const scoped = new Set<string>(mapped.applicationRole === 'consumer' && scope.kind !== 'tenant' ? scope.scopedPermissions : []);
  for (const permission of product.applicationRoles[mapped.applicationRole].permissions) {
    if (scoped.has(permission)) mapped.projectRoles.forEach(({ projectId }) => hold(held, permission, projectId));
    else hold(held, permission, null);
  }
  for (const { projectId, role } of mapped.projectRoles) {
    for (const permission of product.projectRoles[role]?.permissions ?? []) hold(held, permission, projectId);
  }
  return held;
}

function covers(held: Held, permission: string, projectId: string | null): boolean {
  const scopes = held.get(permission);
  return !!scopes && (scopes.has(null) || (projectId !== null && scopes.has(projectId)));
}

function differences({ product, from, against }: { product: AnyProduct; from: Held; against: Held }): PermissionChange[] {
  const labelOf = (permission: string) =>
    product.permissions[permission] ?? product.projectPermissions[permission] ?? product.legacy?.extraPermissions[permission] ?? permission;
  const changes: PermissionChange[] = [];
  for (const [permission, scopes] of from) {
    for (const projectId of scopes) {
      if (!covers(against, permission, projectId)) changes.push({ permission, label: labelOf(permission), projectId });
    }
  }
  return changes;
}

export function permissionChanges({
  product,
  state,
  userId,
  roles,
  mapped,
}: {
  product: AnyProduct;
  state: TenantState;
  userId: string;
  roles: readonly LegacyRoleId[];
  mapped: MappedAccess;
}): { gains: PermissionChange[]; losses: PermissionChange[] } {
  const before = heldBefore({ product, state, userId, roles });
  const after = heldAfter({ product, mapped });
  return { gains: differences({ product, from: after, against: before }), losses: differences({ product, from: before, against: after }) };
}
