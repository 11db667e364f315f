/**
 * R24: the audit event of a key's deletion, the same whether it was deleted on purpose (R13's
 * delete) or went with its last application role (a cascade is an effect of its own, so it is an
 * event of its own).
 */
import type { Effect } from '../model/effect.js';
import type { ApiKeyRecord, ProjectGrant } from '../model/tenant-state.js';
import { auditEffect } from './audit-effect.js';

export function apiKeyDeletedAudit({
  key,
  roles,
  projectGrants,
}: {
  key: Pick<ApiKeyRecord, 'id' | 'description'>;
  roles: readonly string[];
  projectGrants: readonly Pick<ProjectGrant, 'projectId' | 'role'>[];
}): Effect {
  return auditEffect({
    action: 'api-key.deleted',
    target: `apiKey:${key.id}`,
    before: { description: key.description, roles, projectRoles: projectGrants.map(({ projectId, role }) => ({ projectId, role })) },
    after: null,
  });
}
