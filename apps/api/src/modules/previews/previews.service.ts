import { Injectable } from '@nestjs/common';
import type { Refusal } from '@loome/roles-core';
import { problemFromRefusal } from '../../common/errors/problem.error.js';
import type { SignedInCaller } from '../../auth/caller.js';
import { planApiKeyDeletion } from '../api-keys/api-keys.service.js';
import { planInvitationRevocation } from '../invitations/invitations.service.js';
import { planProjectDeletion, planProjectMemberRemoval } from '../projects/projects.service.js';
import { planRoleMemberRemoval, planRoleMembersAddition } from '../roles/roles.service.js';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import { TenantMutationService, type Planned } from '../tenants/tenant-mutation.service.js';
import { describeEffects } from './describe-effects.js';
import type { PreviewChangeInput, PreviewOutput } from './schemas/preview.schema.js';

/** Refusals that mean the request names nothing real: answered as the change would answer them. */
const NOT_A_PREVIEW: readonly Refusal['code'][] = ['NOT_FOUND', 'VALIDATION'];

/**
 * What a change would do, before it is made: the plan of the change's own route, run by the
 * mutation service without writing, told in names (issue 17, "changes that say what they do").
 */
@Injectable()
export class PreviewsService {
  constructor(private readonly mutations: TenantMutationService) {}

  async preview({ caller, tenantId, change }: { caller: SignedInCaller; tenantId: string; change: PreviewChangeInput }): Promise<PreviewOutput> {
    const { context, planned } = await this.mutations.preview({ tenantId, plan: planOf({ caller, change }) });
    if (!planned.ok) {
      if (NOT_A_PREVIEW.includes(planned.refusal.code)) throw problemFromRefusal({ refusal: planned.refusal });
      return { allowed: false, refusal: planned.refusal };
    }
    return describeEffects({ product: context.product, state: context.state, effects: planned.effects });
  }
}

function planOf({ caller, change }: { caller: SignedInCaller; change: PreviewChangeInput }): (context: TenantContext) => Planned {
  switch (change.change) {
    case 'remove-role-member':
      return planRoleMemberRemoval({ caller, roleId: change.roleId, principalId: change.principalId });
    case 'move-user':
      return planRoleMembersAddition({ caller, roleId: change.roleId, body: { kind: 'user', emails: change.email } });
    case 'remove-project-member':
      return planProjectMemberRemoval({ caller, projectId: change.projectId, principalId: change.principalId, role: change.role });
    case 'delete-api-key':
      return planApiKeyDeletion({ caller, apiKeyId: change.apiKeyId });
    case 'revoke-invitation':
      return planInvitationRevocation({ caller, principalId: change.principalId });
    case 'delete-project':
      return planProjectDeletion({ caller, projectId: change.projectId });
  }
}
