/** R16: create a project; its creator becomes the product's owner role on it. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult, type Refusal } from '../model/refusal.js';
import type { Actor, PrincipalRef, TenantState } from '../model/tenant-state.js';
import { accessOf, type ActorAccess } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { AnyProduct, PlanInput } from './plan-input.js';
import { describePrincipal, findUserById } from './tenant-queries.js';
import { refuseLegacyTenant } from './guards/refuse-legacy-tenant.js';
import { refuseDuplicateProjectName } from './guards/refuse-duplicate-project-name.js';
import { restrictsProjectCreation } from '../decisions/grant-masks.js';

export interface CreateProjectRequest {
  /** Chosen by the caller, so the API can answer it and retries stay idempotent. */
  projectId: string;
  name: string;
}

/**
 * R16: creating needs the creation permission as the decisions answer it, so the route, `check`
 * and `/me` agree. Monitor's setting that keeps creation to administrators is part of that decision
 * (`grantMasksOf`); the refusal only says why in words.
 */
function refuseCreation({ product, state, access }: { product: AnyProduct; state: TenantState; access: ActorAccess }): Refusal | undefined {
  const refusal = refuseWithoutPermission({ access, tenantPermission: product.projectCreation.permission, action: 'create projects' });
  if (!refusal || !restrictsProjectCreation({ product, settings: state.settings })) return refusal;
  return { code: 'FORBIDDEN', message: 'In this tenant only administrators create projects.' };
}

export function creatorRef({ state, actor }: { state: TenantState; actor: Actor }): PrincipalRef | undefined {
  if (actor.kind === 'apiKey') return { kind: 'apiKey', id: actor.apiKeyId };
  const user = findUserById({ state, userId: actor.userId });
  return user ? { kind: 'user', email: user.email } : undefined;
}

export function planCreateProject(input: PlanInput<CreateProjectRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const refusal = refuseLegacyTenant({ state }) ?? refuseCreation({ product, state, access });
  if (refusal) return refuse(refusal);
  const name = request.name.trim();
  if (name.length === 0) return refuse({ code: 'VALIDATION', message: 'A project needs a name.' });
  const duplicate = refuseDuplicateProjectName({ state, name });
  if (duplicate) return refuse(duplicate);
  if (state.projects.some((project) => project.id === request.projectId)) {
    return refuse({ code: 'CONFLICT', message: 'A project with this id already exists.' });
  }
  const creator = creatorRef({ state, actor });
  if (!creator) return refuse({ code: 'FORBIDDEN', message: 'Unknown user.' });
  const role = product.projectOwnerRole;
  return {
    ok: true,
    effects: [
      { type: 'create-project', projectId: request.projectId, name, departmentId: null },
      { type: 'grant-project-role', projectId: request.projectId, principal: creator, role },
      auditEffect({
        action: 'project.created',
        target: `project:${request.projectId}`,
        before: null,
        after: { name, owner: describePrincipal({ principal: creator }) },
      }),
    ],
  };
}
