import { Inject, Injectable } from '@nestjs/common';
import type { AnyProduct } from '@loome/roles-core';
import { forbidden, notFound, ProblemError, unauthenticated } from '../common/errors/problem.error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TenantContextService, type TenantContext } from '../modules/tenants/tenant-context.service.js';
import type { Access, NamedPermission } from './access.js';
import type { Caller, SignedInCaller } from './caller.js';
import { heldTenantPermissions } from './held-permissions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthorizeInput {
  caller: Caller;
  access: Access;
  tenantId: string | undefined;
  method: string;
  /** The request's Origin and the API's own origin, for cookie-authenticated changes. */
  origin: string | undefined;
  ownOrigin: string | undefined;
}

/** A permission named by its role in the product configuration (never by product id). */
export function resolveNamedPermission({ product, permission }: { product: AnyProduct; permission: NamedPermission }): string {
  return permission === 'userManagement' ? product.userManagementPermission : product.projectManagementPermission;
}

/**
 * The one place REST handlers and tRPC procedures are authorized. Tenants the caller is not in
 * answer NOT_FOUND, exactly like tenants that do not exist.
 */
@Injectable()
export class AuthorizationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contexts: TenantContextService,
  ) {}

  async authorize(input: AuthorizeInput): Promise<TenantContext | null> {
    const { caller, access } = input;
    if (access.kind === 'public') return null;
    // Only the SCIM controller's own guard admits SCIM tokens; nothing else may open a route declared so.
    if (access.kind === 'scim') throw forbidden('This route takes an organization SCIM token');
    if (caller.kind === 'invalid') throw unauthenticated(caller.reason);
    if (caller.kind === 'anonymous') throw unauthenticated();
    this.refuseForeignOrigin(input);
    if (access.kind === 'platform') {
      if (caller.kind !== 'platform') throw forbidden('This route needs the platform token');
      return null;
    }
    if (caller.kind === 'platform') throw forbidden('The platform token only opens platform routes');
    if (access.kind === 'authenticated') return null;
    if (!input.tenantId) throw new Error('A tenant route needs a tenantId');
    const context = await this.memberContext({ caller, tenantId: input.tenantId });
    if (access.kind === 'permission') {
      const needed = resolveNamedPermission({ product: context.product, permission: access.permission });
      const held = heldTenantPermissions({ context, caller });
      // Words for the person reading the refusal; the id for the program that sent the request.
      if (!held.has(needed))
        throw new ProblemError('FORBIDDEN', `You are not allowed to do this: it needs the permission “${context.product.permissions[needed] ?? needed}”.`, {
          missingPermissions: [needed],
        });
    }
    return context;
  }

  async memberContext({ caller, tenantId }: { caller: SignedInCaller; tenantId: string }): Promise<TenantContext> {
    const context = await this.contexts.get({ tenantId, request: caller });
    if (!context || !isMember({ context, caller })) throw notFound('Tenant');
    return context;
  }

  private refuseForeignOrigin({ caller, method, origin, ownOrigin }: AuthorizeInput): void {
    if (caller.kind !== 'user' || !caller.viaCookie || SAFE_METHODS.has(method.toUpperCase())) return;
    const allowed = origin !== undefined && (origin === ownOrigin || this.config.portalOrigins.includes(origin));
    if (!allowed) throw new ProblemError('FORBIDDEN', 'A change signed by cookie must come from the API or a portal');
  }
}

/**
 * Contract: anyone with a grant in the tenant is a member (a direct, group, project, legacy or
 * derived Limited Member role, an invitation); every grant carries a permission, so holding any
 * permission is being a member. API keys are members of their own tenant while they live.
 */
function isMember({ context, caller }: { context: TenantContext; caller: SignedInCaller }): boolean {
  const { state } = context;
  if (caller.kind === 'apiKey') return caller.tenantId === state.tenantId && state.apiKeys.some((key) => key.id === caller.apiKeyId);
  return context.memberships.has(caller.userId);
}
