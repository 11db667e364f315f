/** R5: directory lookup, where the organization and the product allow it and the actor is no guest. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { PlanInput } from './plan-input.js';
import { findUserById } from './tenant-queries.js';

export interface DirectorySearchRequest {
  kind: 'users' | 'groups';
  /** What the tenant's organization has switched on. */
  organizationLookup: { users: boolean; groups: boolean };
}

/**
 * Guests of the organization and tenants whose organization or product has lookup off may only
 * type emails by hand: a search answers LOOKUP_DISABLED so the portal can say why. No effects.
 */
export function planDirectorySearch(input: PlanInput<DirectorySearchRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const forbidden = refuseWithoutPermission({
    access: accessOf({ product, state, actor }),
    tenantPermission: product.userManagementPermission,
    action: 'search the directory',
  });
  if (forbidden) return refuse(forbidden);
  const enabled =
    request.kind === 'users' ? product.lookup.users && request.organizationLookup.users : product.lookup.groups && request.organizationLookup.groups;
  const guest = actor.kind === 'user' && (findUserById({ state, userId: actor.userId })?.guest ?? false);
  if (!enabled || guest) {
    return refuse({
      code: 'LOOKUP_DISABLED',
      message: guest
        ? 'Guests of the organization can only add people by email.'
        : `Directory lookup for ${request.kind} is off; enter email addresses instead.`,
    });
  }
  return { ok: true, effects: [] };
}
