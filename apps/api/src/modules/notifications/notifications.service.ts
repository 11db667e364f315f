import { Injectable } from '@nestjs/common';
import { planNotify } from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import type { NotifyInput } from './schemas/notify.schema.js';

/** R18: a notification to someone with no role makes them a consumer of the project. */
@Injectable()
export class NotificationsService {
  constructor(private readonly mutations: TenantMutationService) {}

  send({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: NotifyInput }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planNotify({ product, state, actor: actorOf({ caller }), request: input }),
      answer: ({ effects }) => ({
        projectId: input.projectId,
        notified: input.emails.length,
        invited: effects.flatMap((effect) => (effect.type === 'send-invitation' ? [effect.email] : [])),
      }),
    });
  }
}
