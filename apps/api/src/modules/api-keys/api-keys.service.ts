import { Inject, Injectable } from '@nestjs/common';
import { planCreateApiKey, planDeleteApiKey, readerOf, type Effect, type PlanOutcome, type TenantState } from '@loome/roles-core';
import { actorOf, auditActorOf, type Caller, type SignedInCaller } from '../../auth/caller.js';
import { API_KEY_PREFIX, createSecret, hashApiKeySecret, newId } from '../../common/crypto/secrets.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { notFound } from '../../common/errors/problem.error.js';
import { TenantContextService, type TenantContext } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { CreateApiKeyInput, ImportApiKeyInput } from './schemas/create-api-key.schema.js';
import type { ListApiKeysInput } from './schemas/list-api-keys.schema.js';
import { pageSorted, sortedForPaging } from '../../common/paging/page-in-memory.js';

/** R13, R20: the Remote Access page. Secrets are shown once and stored only as keyed hashes. */
@Injectable()
export class ApiKeysService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
    private readonly apiKeys: ApiKeysRepository,
  ) {}

  /** The keys by description, searched by `q`; one page of them when `limit` is given. */
  async list({ tenantId, q, cursor, limit }: { tenantId: string } & ListApiKeysInput) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const needle = q?.trim().toLowerCase();
    const keyOf = (key: TenantState['apiKeys'][number]): [string, string] => [key.description.toLowerCase(), key.id];
    const matching = context.state.apiKeys.filter((key) => !needle || key.description.toLowerCase().includes(needle));
    const page = pageSorted({ rows: sortedForPaging({ rows: matching, keyOf }), cursor, limit: limit ?? Number.POSITIVE_INFINITY, keyOf });
    const lastUsed = await this.apiKeys.lastUsedOf({ tenantId });
    return {
      ...page,
      total: matching.length,
      items: page.items.map((key) => ({
        ...key,
        allowedIps: [...key.allowedIps],
        ...rolesOfKey({ state: context.state, apiKeyId: key.id }),
        lastUsedAt: lastUsed.get(key.id) ?? null,
      })),
    };
  }

  async create({ caller, tenantId, input }: { caller: SignedInCaller; tenantId: string; input: CreateApiKeyInput }) {
    const secret = createSecret({ prefix: API_KEY_PREFIX });
    const apiKeyId = newId();
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      apiKeySecretHashes: { [apiKeyId]: hashApiKeySecret({ secret, pepper: this.config.apiKeyPepper }) },
      plan: ({ product, state }) => planCreateApiKey({ product, state, actor: actorOf({ caller }), request: { apiKeyId, ...input } }),
      answer: ({ effects }) => ({ ...createdKey({ effects }), secret }),
    });
  }

  /** Platform: a key from the old system, with its original date and the secret its clients use. */
  async import({ caller, tenantId, input }: { caller: Caller; tenantId: string; input: ImportApiKeyInput }) {
    const apiKeyId = newId();
    const secretHash = hashApiKeySecret({ secret: input.secret, pepper: this.config.apiKeyPepper });
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      apiKeySecretHashes: { [apiKeyId]: secretHash },
      plan: async (_context, tx): Promise<PlanOutcome<{ id: string; description: string; createdAt: string }>> => {
        if (await this.apiKeys.secretHashExists({ tx, secretHash })) {
          return { ok: false, refusal: { code: 'CONFLICT', message: 'A key with this secret already exists.' } };
        }
        const key = { apiKeyId, description: input.description, createdAt: new Date(input.createdAt).toISOString(), expiresAt: null, allowedIps: [] };
        const effects: Effect[] = [
          { type: 'create-api-key', ...key },
          {
            type: 'audit',
            action: 'api-key.imported',
            target: `apiKey:${apiKeyId}`,
            before: null,
            after: { description: key.description, createdAt: key.createdAt },
          },
        ];
        return { ok: true, effects, outcome: { id: apiKeyId, description: key.description, createdAt: key.createdAt } };
      },
      answer: ({ outcome }) => outcome,
    });
  }

  async delete({ caller, tenantId, apiKeyId }: { caller: SignedInCaller; tenantId: string; apiKeyId: string }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: planApiKeyDeletion({ caller, apiKeyId }),
      answer: () => ({ deleted: apiKeyId }),
    });
  }
}

function createdKey({ effects }: { effects: readonly Effect[] }) {
  const created = effects.find((effect) => effect.type === 'create-api-key');
  if (!created || created.type !== 'create-api-key') throw new Error('The plan created no key');
  const { apiKeyId, description, createdAt, expiresAt, allowedIps } = created;
  return { id: apiKeyId, description, createdAt, expiresAt, allowedIps };
}

/** A key's roles read by key from the tenant's indexes, never by scanning every grant for each key. */
function rolesOfKey({ state, apiKeyId }: { state: TenantState; apiKeyId: string }) {
  const reader = readerOf({ state });
  return {
    roles: reader
      .applicationGrantsOf(apiKeyId)
      .filter((grant) => grant.kind === 'apiKey')
      .map((grant) => grant.role),
    projectRoles: reader
      .projectGrantsOf(apiKeyId)
      .filter((grant) => grant.kind === 'apiKey')
      .map(({ projectId, role }) => ({ projectId, role })),
  };
}

/** The plan of deleting a key everywhere (R13), shared by the change and its preview. */
export function planApiKeyDeletion({ caller, apiKeyId }: { caller: SignedInCaller; apiKeyId: string }) {
  return ({ product, state }: TenantContext) => planDeleteApiKey({ product, state, actor: actorOf({ caller }), request: { apiKeyId } });
}
