import { Injectable } from '@nestjs/common';
import { planResendInvitation, planRevokeInvitation } from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';

/** R3, R4, R24: a pending invitation's mail sent again, or the invitation taken back. */
@Injectable()
export class InvitationsService {
  constructor(private readonly mutations: TenantMutationService) {}

  async resend({ caller, tenantId, principalId }: { caller: SignedInCaller; tenantId: string; principalId: string }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planResendInvitation({ product, state, actor: actorOf({ caller }), request: { principalId } }),
      answer: ({ effects }) => ({ resent: { principalId, email: effects.find((effect) => effect.type === 'resend-invitation')!.email } }),
    });
  }

  async revoke({ caller, tenantId, principalId }: { caller: SignedInCaller; tenantId: string; principalId: string }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: planInvitationRevocation({ caller, principalId }),
      answer: () => ({ revoked: { principalId } }),
    });
  }
}

/** The plan of revoking an invitation, shared by the change and its preview. */
export function planInvitationRevocation({ caller, principalId }: { caller: SignedInCaller; principalId: string }) {
  return ({ product, state }: TenantContext) => planRevokeInvitation({ product, state, actor: actorOf({ caller }), request: { principalId } });
}
