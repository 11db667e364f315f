/**
 * What the acting principal may do, as planners need it, read from the same decisions the API
 * answers `check` with (groups as the directory says now, R7; API-key policy, R20; legacy roles, R21).
 */
import type { AnyProduct } from '../define-product.js';
import { decisionsOf } from '../decisions/decisions-of-state.js';
import type { TenantDecisions } from '../decisions/tenant-decisions.js';
import type { Actor, TenantState } from '../model/tenant-state.js';

export interface ActorAccess {
  /** Tenant permissions the actor holds somewhere in the tenant. */
  tenantPermissions: ReadonlySet<string>;
  /** Project permissions the actor holds on the project (tenant-wide project management included). */
  projectPermissions(projectId: string): ReadonlySet<string>;
}

export function accessOf({ product, state, actor }: { product: AnyProduct; state: TenantState; actor: Actor }): ActorAccess {
  return accessFrom({ product, decisions: decisionsOf({ product, state }), principalId: actor.kind === 'user' ? actor.userId : actor.apiKeyId });
}

/** The same access read from decisions already compiled, for callers that keep them (the API's tenant context). */
export function accessFrom({ product, decisions, principalId }: { product: AnyProduct; decisions: TenantDecisions; principalId: string }): ActorAccess {
  const tenantPermissionIds = [...Object.keys(product.permissions), ...Object.keys(product.legacy?.extraPermissions ?? {})];
  const tenantPermissions = new Set(tenantPermissionIds.filter((permission) => decisions.can({ principalId, permission })));
  const projectPermissionIds = Object.keys(product.projectPermissions);
  const perProject = new Map<string, ReadonlySet<string>>();
  return {
    tenantPermissions,
    projectPermissions: (projectId) => {
      let held = perProject.get(projectId);
      if (!held) {
        held = new Set(projectPermissionIds.filter((permission) => decisions.can({ principalId, permission, projectId })));
        perProject.set(projectId, held);
      }
      return held;
    },
  };
}
