import { products, type AnyProduct, type ApplicationRoleId, type LegacyRoleId } from '@loome/roles-core';
import { apiKeyCallers } from './api-key-callers.js';
import { legacyRolesManagerFirst } from './legacy-walk-roles.js';

/**
 * Who calls in the walk, as data. Each tenant of the walk has its own callers (users are global,
 * so every email is unique to its tenant); the same list builds the tenant through the API and
 * the model state the expectations are derived from.
 */
export type TenantCaller =
  | {
      name: string;
      kind: 'user';
      /** Given directly through the application-role members route. */
      applicationRole?: ApplicationRoleId;
      /** Given on the walk's project; R16a makes the user a consumer as well. */
      projectRole?: string;
      /** R17: a reference of the walk's project (record or communication rule) names them, and nothing else. */
      limitedMember?: boolean;
      legacyRole?: LegacyRoleId;
      /** Member of the legacy tenant's department (what a department-scoped legacy role acts on). */
      inDepartment?: boolean;
    }
  | {
      name: string;
      kind: 'apiKey';
      applicationRoles: ApplicationRoleId[];
      /** Brought in through the platform import route with this creation date; otherwise created now. */
      importedCreatedAt?: string;
    };

/** Callers that belong to no tenant of the walk: they answer the same way everywhere. */
export const OUTSIDE_CALLERS = ['anonymous', 'deleted-key', 'platform', 'other-tenant-admin'] as const;
export type OutsideCaller = (typeof OUTSIDE_CALLERS)[number];

export interface WalkTenantSpec {
  /** The walk's own name for the tenant; endpoints list where they are walked by it. */
  key: string;
  product: string;
  roleModel: 'current' | 'legacy';
  callers: TenantCaller[];
}

// A tenant is created with its administrators, so the administrator is the first caller: the
// tenant's first manager, who builds the rest of it.
const MANAGER_ROLE: ApplicationRoleId = 'administrator';

function currentModelCallers({ product }: { product: AnyProduct }): TenantCaller[] {
  const applicationRoles = Object.keys(product.applicationRoles) as ApplicationRoleId[];
  const managerFirst = [MANAGER_ROLE, ...applicationRoles.filter((role) => role !== MANAGER_ROLE)];
  const assignable = Object.entries(product.projectRoles).filter(([, role]) => role.assignable);
  return [
    ...managerFirst.map((role): TenantCaller => ({ name: role, kind: 'user', applicationRole: role })),
    ...assignable.map(([role]): TenantCaller => ({ name: `project-${role}`, kind: 'user', projectRole: role })),
    ...(product.limitedMembers ? [{ name: 'limited-member', kind: 'user', limitedMember: true } as const] : []),
    ...apiKeyCallers({ policy: product.apiKeyPolicy }),
  ];
}

function legacyModelCallers({ product }: { product: AnyProduct }): TenantCaller[] {
  return legacyRolesManagerFirst({ product }).map(([role, definition]) => ({
    name: role,
    kind: 'user',
    legacyRole: role,
    ...(definition.departmentScoped ? { inDepartment: true } : {}),
  }));
}

/**
 * One current-model tenant per registered product, then a legacy tenant for every product whose
 * configuration has a legacy model: a product is walked the moment it is registered.
 */
export function walkTenantSpecs({ products: registered }: { products: readonly AnyProduct[] }): WalkTenantSpec[] {
  return [
    ...registered.map((product): WalkTenantSpec => ({ key: product.id, product: product.id, roleModel: 'current', callers: currentModelCallers({ product }) })),
    ...registered
      .filter((product) => product.legacy)
      .map((product): WalkTenantSpec => ({ key: `${product.id}-legacy`, product: product.id, roleModel: 'legacy', callers: legacyModelCallers({ product }) })),
  ];
}

export const WALK_TENANTS: readonly WalkTenantSpec[] = walkTenantSpecs({ products });

export function emailOf({ tenantKey, caller }: { tenantKey: string; caller: string }): string {
  return `${tenantKey}.${caller}@walk.test`;
}
