/**
 * `explain` and `effectivePermissions` from one principal's collected grants: the same answer
 * whether the grants were collected over a compiled tenant's lookup or over a live tenant's
 * indexes, so both read the reasons one way (R23).
 */
import type { AnyProduct } from '../define-product.js';
import type { Grant, PrincipalDescriptor } from './collect-grants.js';
import type { Explanation, Reason, ReasonScope, ReasonSource } from './reason.js';

export interface EffectivePermission {
  permission: string;
  label: string;
  reasons: Reason[];
}

/** A role the principal holds, and every scope it holds in (Contract "Scoped permissions"). */
export interface HeldRole {
  source: ReasonSource;
  scopes: ReasonScope[];
}

export interface EffectivePermissions {
  principal: Omit<PrincipalDescriptor, 'apiKey'> | null;
  /** Every role held, even one that carries nothing outside its scope yet. */
  roles: HeldRole[];
  /** Permissions that hold on the whole tenant. */
  tenant: EffectivePermission[];
  /** Permissions that hold only on one project (or legacy department), or on some of its records. */
  projects: { projectId: string; permissions: EffectivePermission[] }[];
}

/**
 * Where a question points: anywhere, a known project (and maybe a record of it), or nothing the
 * tenant has. `assignedToAsker` says whether the record asked about is assigned to the principal asking.
 */
export type Place =
  | { kind: 'anywhere' }
  | { kind: 'nowhere' }
  /** `ruleId`: the communication rule the record asked about belongs to, if any (Contract "Monitor records and rules"). */
  | { kind: 'at'; project: number; onRecord: boolean; assignedToAsker: boolean; ruleId: string | null };

export const ANYWHERE: Place = { kind: 'anywhere' };
export const NOWHERE: Place = { kind: 'nowhere' };

export interface PlaceContext {
  place: Place;
  /** The project index a scope's project (or department) id stands for, if the tenant knows it. */
  projectIndexOf: (projectId: string) => number | undefined;
}

export function hasBit({ mask, bit }: { mask: Uint32Array; bit: number }): boolean {
  return (mask[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

export function projectIdOf(scope: ReasonScope): string | null {
  if (scope.kind === 'tenant' || scope.kind === 'consumer-scope' || scope.kind === 'administrators-only') return null;
  return scope.kind === 'department' ? scope.departmentId : scope.projectId;
}

/** Whether a grant's scope reaches the place asked about. */
export function scopeApplies({ scope, place, projectIndexOf }: PlaceContext & { scope: ReasonScope }): boolean {
  if (scope.kind === 'administrators-only') return false;
  if (place.kind !== 'at') return place.kind === 'anywhere';
  // A scoped permission is held anywhere; on a resource, only the scopes that reach it decide.
  if (scope.kind === 'consumer-scope') return false;
  const projectId = projectIdOf(scope);
  if (projectId === null) return true;
  if (projectIndexOf(projectId) !== place.project) return false;
  if (scope.kind !== 'assigned-records' || !place.onRecord) return true;
  return place.assignedToAsker || (place.ruleId !== null && scope.ruleIds.includes(place.ruleId));
}

/** `can` read from the grants: some grant carries the permission and reaches the place. */
export function allowedByGrants({ grants, bit, place, projectIndexOf }: PlaceContext & { grants: readonly Grant[]; bit: number }): boolean {
  if (place.kind === 'nowhere') return false;
  for (const grant of grants) {
    if (hasBit({ mask: grant.mask, bit }) && scopeApplies({ scope: grant.scope, place, projectIndexOf })) return true;
  }
  return false;
}

export function explainFromGrants({ grants, bit, place, projectIndexOf }: PlaceContext & { grants: readonly Grant[]; bit: number }): Explanation {
  const reasons = grants
    .filter((grant) => hasBit({ mask: grant.mask, bit }))
    .map((grant) => ({ source: grant.source, scope: grant.scope, applies: scopeApplies({ scope: grant.scope, place, projectIndexOf }) }));
  const applying = reasons.filter((reason) => reason.applies);
  return applying.length > 0 ? { allowed: true, reasons: applying } : { allowed: false, reasons };
}

export function effectivePermissionsFromGrants({
  product,
  principal,
  grants,
}: {
  product: AnyProduct;
  principal: PrincipalDescriptor;
  grants: readonly Grant[];
}): EffectivePermissions {
  const { apiKey: _apiKey, ...descriptor } = principal;
  const tenant = new Map<string, EffectivePermission>();
  const projects = new Map<string, Map<string, EffectivePermission>>();
  const roles = new Map<string, HeldRole>();
  for (const grant of grants) {
    // What a setting withholds is not held (R16); `explain` still names it when it denies.
    if (grant.scope.kind === 'administrators-only') continue;
    const roleKey = JSON.stringify(grant.source);
    const role = roles.get(roleKey) ?? { source: grant.source, scopes: [] };
    role.scopes.push(grant.scope);
    roles.set(roleKey, role);
    const projectId = projectIdOf(grant.scope);
    let bucket = tenant;
    if (projectId !== null) {
      bucket = projects.get(projectId) ?? new Map<string, EffectivePermission>();
      projects.set(projectId, bucket);
    }
    for (const permission of permissionsIn({ product, mask: grant.mask })) {
      const held = bucket.get(permission) ?? { permission, label: labelOf({ product, permission }), reasons: [] };
      held.reasons.push({ source: grant.source, scope: grant.scope, applies: true });
      bucket.set(permission, held);
    }
  }
  return {
    principal: descriptor,
    roles: [...roles.values()],
    tenant: [...tenant.values()],
    projects: [...projects].map(([projectId, held]) => ({ projectId, permissions: [...held.values()] })),
  };
}

function permissionsIn({ product, mask }: { product: AnyProduct; mask: Uint32Array }): string[] {
  return product.index.permissionIds.filter((_, bit) => hasBit({ mask, bit }));
}

function labelOf({ product, permission }: { product: AnyProduct; permission: string }): string {
  const { permissions, projectPermissions, legacy } = product;
  return permissions[permission] ?? projectPermissions[permission] ?? legacy?.extraPermissions[permission] ?? permission;
}
