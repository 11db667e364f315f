/** R13, R20: delete an API key everywhere; its grants go with it and its secret stops working. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { apiKeyDeletedAudit } from './api-key-deleted-audit.js';
import { refuseWithoutPermission } from './guards/refuse-without-permission.js';
import type { PlanInput } from './plan-input.js';
import { applicationRolesOf, findApiKey, projectGrantsOf } from './tenant-queries.js';

export interface DeleteApiKeyRequest {
  apiKeyId: string;
}

export function planDeleteApiKey(input: PlanInput<DeleteApiKeyRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  const forbidden = refuseWithoutPermission({
    access: accessOf({ product, state, actor }),
    tenantPermission: product.userManagementPermission,
    action: 'manage API keys',
  });
  if (forbidden) return refuse(forbidden);
  const key = findApiKey({ state, apiKeyId: request.apiKeyId });
  if (!key) return refuse({ code: 'NOT_FOUND', message: 'No such API key.' });
  const principal = { kind: 'apiKey', id: key.id } as const;
  const roles = applicationRolesOf({ state, principalId: key.id, kind: 'apiKey' });
  const projectGrants = projectGrantsOf({ state, principalId: key.id, kind: 'apiKey' });
  return {
    ok: true,
    effects: [
      ...roles.map((role): Effect => ({ type: 'revoke-application-role', principal, role })),
      ...projectGrants.map((g): Effect => ({ type: 'revoke-project-role', projectId: g.projectId, principal, role: g.role })),
      { type: 'delete-api-key', apiKeyId: key.id },
      apiKeyDeletedAudit({ key, roles, projectGrants }),
    ],
  };
}
