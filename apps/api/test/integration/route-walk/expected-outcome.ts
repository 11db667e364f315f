import { projectAdministrationPermissionOf, type AnyProduct, type CompiledTenant } from '@loome/roles-core';
import type { OutsideCaller } from './walk-callers.js';
import type { EndpointExpectation, ServiceGate } from './walk-expectations.js';
import { MODEL_PROJECT_ID } from './walk-model.js';

/**
 * What a caller observes: let through (2xx, or a 4xx that is the rules' or the input's answer),
 * refused as unknown (401), refused (403), or told the tenant or project does not exist (404).
 */
export type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | 'not-found' | 'server-error';

export function outcomeOf({ status }: { status: number }): Outcome {
  if (status >= 500) return 'server-error';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return 'allowed';
}

/** A caller of the walk: one of the tenant's own principals (by model id) or an outsider. */
export type WalkCaller = { kind: 'tenant'; name: string } | { kind: 'outside'; name: OutsideCaller };

function gateOutcome({ gate, product, model, principalId }: { gate: ServiceGate; product: AnyProduct; model: CompiledTenant; principalId: string }): Outcome {
  const can = (permission: string, projectId?: string) => model.can({ principalId, permission, ...(projectId ? { projectId } : {}) });
  const allowedIf = (held: boolean): Outcome => (held ? 'allowed' : 'forbidden');
  switch (gate) {
    case 'userManagement':
      return allowedIf(can(product.userManagementPermission));
    case 'projectCreation':
      return allowedIf(can(product.projectCreation.permission));
    case 'projectMembers':
      return allowedIf(can(product.projectManagementPermission) || can(product.projectMembersPermission, MODEL_PROJECT_ID));
    case 'projectAdministration':
      return allowedIf(can(product.projectManagementPermission) || can(projectAdministrationPermissionOf({ product }), MODEL_PROJECT_ID));
    case 'referenceWriters': {
      const writers = product.limitedMembers?.writers;
      return allowedIf(!!writers && (can(writers.permission) || can(writers.projectPermission, MODEL_PROJECT_ID)));
    }
    case 'projectVisible': {
      const permissions = [...Object.keys(product.permissions), ...Object.keys(product.projectPermissions)];
      return permissions.some((permission) => can(permission, MODEL_PROJECT_ID)) ? 'allowed' : 'not-found';
    }
  }
}

/**
 * The answer the SPEC's matrices call for: the route's declared access first (deny by default),
 * then what its service asks, decided by roles-core on the model of the tenant.
 */
export function expectedOutcome({
  expectation,
  caller,
  product,
  model,
}: {
  expectation: EndpointExpectation;
  caller: WalkCaller;
  product: AnyProduct;
  model: CompiledTenant;
}): Outcome {
  const { access, gate, walkIn } = expectation;
  if (access === 'public') return 'allowed';
  // Only an organization's SCIM token opens SCIM routes; sessions, API keys and the platform token are no SCIM token.
  if (access === 'scim') return 'unauthenticated';
  if (access === 'closed') return caller.name === 'anonymous' || caller.name === 'deleted-key' ? 'unauthenticated' : 'forbidden';
  if (caller.name === 'anonymous' || caller.name === 'deleted-key') return 'unauthenticated';
  if (access === 'platform') return caller.name === 'platform' ? 'allowed' : 'forbidden';
  if (caller.name === 'platform') return 'forbidden';
  if (access === 'authenticated' || walkIn === null) return 'allowed';
  // Another tenant's ids answer exactly as ids that do not exist (Contract: Strict input).
  if (caller.kind === 'outside') return 'not-found';
  const principalId = caller.name;
  if (access === 'permission:userManagement' && !model.can({ principalId, permission: product.userManagementPermission })) return 'forbidden';
  if (access === 'permission:projectManagement' && !model.can({ principalId, permission: product.projectManagementPermission })) return 'forbidden';
  return gate ? gateOutcome({ gate, product, model, principalId }) : 'allowed';
}
