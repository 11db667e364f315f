import { Inject, Injectable } from '@nestjs/common';
import type { Effect, Refusal } from '@loome/roles-core';
import { notFound, problemFromRefusal } from '../../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TransactionRepository, type Tx } from '../../database/transaction.repository.js';
import { portalUrlOf, renderInvitationMail } from '../mail/invitation-mail.js';
import { MailDeliveryService } from '../mail/mail-delivery.service.js';
import { OutboxRepository } from '../mail/outbox.repository.js';
import { EffectsRepository, type AuditActor } from './effects.repository.js';
import { TenantContextService, type TenantContext } from './tenant-context.service.js';
import { groupRecords, TenantChangesRepository } from './tenant-changes.repository.js';

/** What a plan step answers, in roles-core's shape: a refusal, or effects (and whatever else the planner tells, such as an outcome). */
export type Planned = { ok: true; effects: readonly Effect[] } | { ok: false; refusal: Refusal };

/**
 * Every change to a tenant: lock it, bring the tenant this process holds to the locked version
 * (from the change record, not a load), plan against it, write the effects, record them as the
 * tenant's next version, and queue audit events and mail, all in one transaction; after commit
 * the held tenant moves forward by the same change, and mail goes out.
 */
@Injectable()
export class TenantMutationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRepository,
    private readonly effects: EffectsRepository,
    private readonly changes: TenantChangesRepository,
    private readonly outbox: OutboxRepository,
    private readonly mail: MailDeliveryService,
    private readonly contexts: TenantContextService,
  ) {}

  async mutate<P extends Planned, T>({
    tenantId,
    actor,
    plan,
    answer,
    extraGroupIds = [],
    apiKeySecretHashes,
  }: {
    tenantId: string;
    actor: AuditActor;
    /** Directory groups the request names, given to the plan's state even before they hold a grant. */
    extraGroupIds?: readonly string[];
    /** SHA-256 of secrets of keys the effects create, by key id (the core never sees secrets). */
    apiKeySecretHashes?: Readonly<Record<string, string>>;
    plan: (context: TenantContext, tx: Tx) => P | Promise<P>;
    /** The route's answer, from the plan the change carried out. */
    answer: (planned: Extract<P, { ok: true }>) => T;
  }): Promise<T> {
    const outcome = await this.transactions.runLockedTenant({
      tenantId,
      work: async (tx, tenant) => {
        const held = await this.contexts.at({ tenantId, version: tenant.version, tx });
        if (!held) throw notFound('Tenant');
        const context = await this.withGroups({ context: held, tx, groupIds: extraGroupIds });
        const planned = await plan(context, tx);
        // Throwing rolls the transaction back, so a refused plan changes nothing.
        if (!planned.ok) throw problemFromRefusal({ refusal: planned.refusal });
        const { invitations } = await this.effects.apply({
          tx,
          tenant,
          effects: planned.effects,
          actor,
          apiKeySecretHashes,
        });
        const recorded = await this.changes.record({ tx, tenant, effects: planned.effects });
        const portalUrl = portalUrlOf({ product: context.product, portalUrls: this.config.portalUrls });
        const emails = new Set(invitations.map((invitation) => invitation.email));
        const mails = [...emails].map((email) => renderInvitationMail({ product: context.product, tenantId, tenantName: tenant.name, email, portalUrl }));
        await this.outbox.queueMany({ tx, mails });
        return { result: answer(planned as Extract<P, { ok: true }>), ...recorded };
      },
    });
    if (!outcome.found) throw notFound('Tenant');
    const { result, version, change } = outcome.result;
    this.contexts.committedChange({ tenantId, version, change });
    void this.mail.deliverPending();
    return result;
  }

  /**
   * What `mutate` would plan for the same request, against the tenant as this process holds it now,
   * without a lock and without writing: a what-if that runs the very planner the change will run.
   */
  async preview<P extends Planned>({
    tenantId,
    plan,
  }: {
    tenantId: string;
    plan: (context: TenantContext) => P;
  }): Promise<{ context: TenantContext; planned: P }> {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    return { context, planned: plan(context) };
  }

  /** The context with directory groups the request names that the tenant does not hold yet. */
  private async withGroups({ context, tx, groupIds }: { context: TenantContext; tx: Tx; groupIds: readonly string[] }): Promise<TenantContext> {
    const known = new Set(context.state.groups.map((group) => group.id));
    const missing = groupIds.filter((id) => !known.has(id));
    if (missing.length === 0) return context;
    const groups = await groupRecords({ manager: tx.manager, organizationId: context.tenant.organizationId, groupIds: missing });
    return { ...context, state: { ...context.state, groups: [...context.state.groups, ...groups] } };
  }
}
