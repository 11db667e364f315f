import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Effect, Refusal } from '@loome/roles-core';
import { notFound, problemFromRefusal } from '../../common/errors/problem.error.js';
import { apiKeyLookupsOf } from '../../auth/api-key-lookups.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TransactionRepository, type Tx } from '../../database/transaction.repository.js';
import { portalUrlOf, renderInvitationMail } from '../mail/invitation-mail.js';
import { MailDeliveryService } from '../mail/mail-delivery.service.js';
import { OutboxRepository } from '../mail/outbox.repository.js';
import { EffectsRepository, type AuditActor } from './effects.repository.js';
import { TenantContextService, type TenantContext } from './tenant-context.service.js';
import { TenantStateRepository } from './tenant-state.repository.js';

/** What a service's plan step answers: a refusal, or effects plus writes of its own. */
export type MutationPlan<T> =
  | { ok: false; refusal: Refusal }
  | {
      ok: true;
      effects: readonly Effect[];
      /** SHA-256 of secrets of keys the effects create, by key id. */
      apiKeySecretHashes?: Readonly<Record<string, string>>;
      result: T;
    };

/**
 * Every change to a tenant: lock it, reload its state inside the transaction, plan, apply the
 * effects, and queue audit events and mail in the same transaction; deliver mail after commit.
 */
@Injectable()
export class TenantMutationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRepository,
    private readonly states: TenantStateRepository,
    private readonly effects: EffectsRepository,
    private readonly outbox: OutboxRepository,
    private readonly mail: MailDeliveryService,
    private readonly contexts: TenantContextService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async mutate<T>({
    tenantId,
    actor,
    plan,
    extraGroupIds,
  }: {
    tenantId: string;
    actor: AuditActor;
    /** Directory groups the request names, loaded into the state even before they hold a grant. */
    extraGroupIds?: readonly string[];
    plan: (context: TenantContext, tx: Tx) => MutationPlan<T> | Promise<MutationPlan<T>>;
  }): Promise<T> {
    const outcome = await this.transactions
      .runLockedTenant({
        tenantId,
        work: async (tx, tenant) => {
          const context = this.contexts.build({ tenant, state: await this.states.load({ tenant, tx, extraGroupIds }) });
          const planned = await plan(context, tx);
          // Throwing rolls the transaction back, so a refused plan changes nothing.
          if (!planned.ok) throw problemFromRefusal({ refusal: planned.refusal });
          const { invitations } = await this.effects.apply({
            tx,
            tenant,
            effects: planned.effects,
            actor,
            apiKeySecretHashes: planned.apiKeySecretHashes,
          });
          const portalUrl = portalUrlOf({ product: context.product, portalUrls: this.config.portalUrls });
          const emails = new Set(invitations.map((invitation) => invitation.email));
          const mails = [...emails].map((email) => renderInvitationMail({ product: context.product, tenantId, tenantName: tenant.name, email, portalUrl }));
          await this.outbox.queueMany({ tx, mails });
          return planned.result;
        },
      })
      // After commit (or rollback): a deleted key must stop working at once (R13).
      .finally(() => apiKeyLookupsOf({ dataSource: this.dataSource }).forgetTenant({ tenantId }));
    this.contexts.invalidate({ tenantId });
    if (!outcome.found) throw notFound('Tenant');
    void this.mail.deliverPending();
    return outcome.result;
  }
}
