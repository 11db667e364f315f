/** Sends one generated operation to the planner that handles it. */
import type { AnyProduct } from '../../src/define-product.js';
import type { Effect } from '../../src/model/effect.js';
import type { PlanResult } from '../../src/model/refusal.js';
import type { Actor, TenantState } from '../../src/model/tenant-state.js';
import {
  planAddApplicationMembers,
  planAddProjectMembers,
  planAssignRecord,
  planCreateProject,
  planDeleteApiKey,
  planDeleteProject,
  planRemoveApplicationMember,
  planRemoveProjectMember,
  planRenameProject,
} from '../../src/planners/index.js';
import { planResendInvitation, planRevokeInvitation } from '../../src/invitations/index.js';
import type { Operation } from './arbitraries.js';

export function runOperation({
  product,
  state,
  actor,
  operation,
}: {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  operation: Operation;
}): PlanResult<Effect> {
  const context = { product, state, actor };
  switch (operation.op) {
    case 'add-app':
      return planAddApplicationMembers({ ...context, request: { role: operation.role, ...operation.body } });
    case 'remove-app':
      return planRemoveApplicationMember({ ...context, request: { role: operation.role, principalId: operation.principalId } });
    case 'add-project':
      return planAddProjectMembers({ ...context, request: { projectId: operation.projectId, role: operation.role, ...operation.body } });
    case 'remove-project':
      return planRemoveProjectMember({ ...context, request: { projectId: operation.projectId, principalId: operation.principalId } });
    case 'create-project':
      return planCreateProject({ ...context, request: { projectId: operation.projectId, name: operation.projectId } });
    case 'rename-project':
      return planRenameProject({ ...context, request: { projectId: operation.projectId, name: operation.name } });
    case 'delete-project':
      return planDeleteProject({ ...context, request: { projectId: operation.projectId } });
    case 'delete-key':
      return planDeleteApiKey({ ...context, request: { apiKeyId: operation.apiKeyId } });
    case 'assign-record': {
      const projectId = state.records.find((record) => record.id === operation.recordId)?.projectId ?? 'p0';
      return planAssignRecord({ ...context, request: { projectId, recordId: operation.recordId, assigneeEmail: operation.assigneeEmail } });
    }
    case 'resend-invitation':
      return planResendInvitation({ ...context, request: { principalId: operation.principalId } });
    case 'revoke-invitation':
      return planRevokeInvitation({ ...context, request: { principalId: operation.principalId } });
  }
}
