import { Inject, Injectable } from '@nestjs/common';
import { getProduct, planUpdateSettings, type Effect } from '@loome/roles-core';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import { notFound, ProblemError } from '../../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { actorOf, auditActorOf, type Caller, type SignedInCaller } from '../../auth/caller.js';
import { portalUrlOf, renderInvitationMail } from '../mail/invitation-mail.js';
import { MailDeliveryService } from '../mail/mail-delivery.service.js';
import { OutboxRepository } from '../mail/outbox.repository.js';
import { OrganizationEntity } from '../organizations/entities/organization.entity.js';
import { EffectsRepository } from './effects.repository.js';
import type { CreateTenantInput } from './schemas/create-tenant.schema.js';
import type { UpdateSettingsInput } from './schemas/update-settings.schema.js';
import { TenantContextService } from './tenant-context.service.js';
import { TenantMutationService } from './tenant-mutation.service.js';
import { TenantsRepository } from './tenants.repository.js';

@Injectable()
export class TenantsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRepository,
    private readonly tenants: TenantsRepository,
    private readonly effects: EffectsRepository,
    private readonly outbox: OutboxRepository,
    private readonly mail: MailDeliveryService,
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
  ) {}

  /** Platform: a tenant with its first administrators, each invited by mail (R3). */
  async create({ caller, input }: { caller: Caller; input: CreateTenantInput }) {
    const product = getProduct(input.product);
    if (!product) throw new ProblemError('VALIDATION', `Unknown product "${input.product}"`);
    const roleModel = input.roleModel ?? 'current';
    if (roleModel === 'legacy' && !product.legacy) {
      throw new ProblemError('VALIDATION', `${product.name} has no legacy role model`);
    }
    const administrators = [...new Set(input.administrators)];
    const tenant = {
      id: newId(),
      productId: product.id,
      name: input.name,
      organizationId: input.organizationId,
      roleModel,
      settings: { projectCreation: 'project-creators' as const },
      createdAt: nowIso(),
      version: 0,
    };
    const legacyAdminRole = product.legacy?.userManagementRole;
    const effects: Effect[] = administrators.flatMap((email): Effect[] => [
      roleModel === 'legacy' && legacyAdminRole
        ? { type: 'grant-legacy-role', email, role: legacyAdminRole }
        : { type: 'grant-application-role', principal: { kind: 'user', email }, role: 'administrator' },
      // The platform, not a principal of the tenant, invites its first administrators.
      { type: 'send-invitation', email, invitedBy: null },
      { type: 'audit', action: 'tenant.administrator.added', target: `user:${email}`, before: null, after: { role: 'administrator' } },
    ]);
    await this.transactions.runWrite({
      work: async (tx) => {
        if (!(await tx.manager.existsBy(OrganizationEntity, { id: input.organizationId }))) throw notFound('Organization');
        await this.tenants.insert({ tx, tenant });
        const { invitations } = await this.effects.apply({ tx, tenant, effects, actor: auditActorOf({ caller }) });
        const portalUrl = portalUrlOf({ product, portalUrls: this.config.portalUrls });
        for (const { email } of invitations) {
          await this.outbox.queue({ tx, mail: renderInvitationMail({ product, tenantId: tenant.id, tenantName: tenant.name, email, portalUrl }) });
        }
      },
    });
    void this.mail.deliverPending();
    return { id: tenant.id, product: product.id, name: tenant.name, organizationId: tenant.organizationId, roleModel, administrators };
  }

  /** Tenants the caller is a member of (a key: its own tenant), with product id and name. */
  async mine({ caller }: { caller: SignedInCaller }) {
    const candidates = caller.kind === 'apiKey' ? [caller.tenantId] : await this.tenants.candidateTenantIds({ userId: caller.userId, email: caller.email });
    const items = [];
    for (const tenant of await this.tenants.findByIds({ tenantIds: candidates })) {
      const context = await this.contexts.get({ tenantId: tenant.id });
      const member = caller.kind === 'apiKey' || context?.memberships.has(caller.userId);
      if (context && member) {
        items.push({ id: tenant.id, name: tenant.name, product: { id: context.product.id, name: context.product.name }, roleModel: tenant.roleModel });
      }
    }
    return { items };
  }

  /** Monitor's project-creation setting, where the product lets a tenant restrict it (R16); the permission is checked again in the write. */
  async updateSettings({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: UpdateSettingsInput }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planUpdateSettings({ product, state, actor: actorOf({ caller }), request: input }),
      answer: ({ effects }) => ({ settings: effects.find((effect) => effect.type === 'set-settings')!.settings }),
    });
  }
}
