/** R10–R14, R17: remove one principal from one application role. */
import type { Effect } from '../model/effect.js';
import type { ApplicationRoleId } from '../model/product-definition.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import type { ApplicationGrant, PrincipalRef, TenantState } from '../model/tenant-state.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { refuseLastAdministratorRemoval } from './guards/refuse-last-administrator-removal.js';
import { refuseReferencedLimitedMember } from './guards/refuse-referenced-limited-member.js';
import { refuseSelfRemoval } from './guards/refuse-self-removal.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { AnyProduct, PlanInput } from './plan-input.js';
import { applicationRolesOf, describePrincipal, findApiKey, grantsUnderId, principalRefOf, projectGrantsOf } from './tenant-queries.js';
import { apiKeyDeletedAudit } from './api-key-deleted-audit.js';
import { refuseLegacyTenant } from './guards/refuse-legacy-tenant.js';

export interface RemoveApplicationMemberRequest {
  role: ApplicationRoleId;
  principalId: string;
}

function revokeProjectRoles({ state, grant, principal }: { state: TenantState; grant: ApplicationGrant; principal: PrincipalRef }): Effect[] {
  return projectGrantsOf({ state, principalId: grant.principalId, kind: grant.kind }).map((projectGrant) => ({
    type: 'revoke-project-role',
    projectId: projectGrant.projectId,
    principal,
    role: projectGrant.role,
  }));
}

/**
 * What leaving the role takes with it: a user leaves the tenant with every project role (R12);
 * a key or group leaves it only with its last application role (R13, R14) — a key is then deleted.
 */
function removalEffects({
  product,
  state,
  grant,
  principal,
}: {
  product: AnyProduct;
  state: TenantState;
  grant: ApplicationGrant;
  principal: PrincipalRef;
}): Effect[] {
  const revoke: Effect = { type: 'revoke-application-role', principal, role: grant.role };
  const remaining = applicationRolesOf({ state, principalId: grant.principalId, kind: grant.kind }).filter((r) => r !== grant.role);
  const leavesTenant = grant.kind === 'user' ? product.removingApplicationRoleRemovesFromTenant && remaining.length === 0 : remaining.length === 0;
  if (!leavesTenant) return [revoke];
  const projectRevokes = revokeProjectRoles({ state, grant, principal });
  const deletion: Effect[] = grant.kind === 'apiKey' ? [{ type: 'delete-api-key', apiKeyId: grant.principalId }] : [];
  return [revoke, ...projectRevokes, ...deletion];
}

export function planRemoveApplicationMember(input: PlanInput<RemoveApplicationMemberRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const access = accessOf({ product, state, actor });
  const forbidden =
    refuseLegacyTenant({ state }) ?? refuseWithoutPermission({ access, tenantPermission: product.userManagementPermission, action: 'remove members' });
  if (forbidden) return refuse(forbidden);
  const grant = grantsUnderId({ state, principalId: request.principalId }).application.find((g) => g.role === request.role);
  if (!grant) return refuse({ code: 'NOT_FOUND', message: 'That member does not hold this role.' });
  const userId = grant.kind === 'user' ? grant.principalId : undefined;
  const refusal =
    refuseSelfRemoval({ actor, userId }) ??
    (grant.role === 'administrator' ? refuseLastAdministratorRemoval({ state, userId }) : undefined) ??
    refuseReferencedLimitedMember({ product, state, userId });
  if (refusal) return refuse(refusal);
  const principal = principalRefOf({ state, principalId: grant.principalId, kind: grant.kind });
  const effects = removalEffects({ product, state, grant, principal });
  const before = {
    roles: applicationRolesOf({ state, principalId: grant.principalId, kind: grant.kind }),
    projectRoles: projectGrantsOf({ state, principalId: grant.principalId, kind: grant.kind }).map(({ projectId, role }) => ({ projectId, role })),
  };
  const after = {
    roles: before.roles.filter((role) => role !== grant.role),
    projectRoles: effects.some((e) => e.type === 'revoke-project-role') ? [] : before.projectRoles,
  };
  const audits: Effect[] = [auditEffect({ action: 'application-role.member.removed', target: describePrincipal({ principal }), before, after })];
  // R13, R24: a key that leaves with its last role is deleted; that deletion is an event of its own.
  const key = grant.kind === 'apiKey' && effects.some((e) => e.type === 'delete-api-key') ? findApiKey({ state, apiKeyId: grant.principalId }) : undefined;
  if (key) audits.push(apiKeyDeletedAudit({ key, roles: before.roles, projectGrants: before.projectRoles }));
  return { ok: true, effects: [...effects, ...audits] };
}
