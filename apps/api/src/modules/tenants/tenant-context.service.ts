import { Injectable } from '@nestjs/common';
import { compileTenant, getProduct, tenantMemberIds, type AnyProduct, type TenantState } from '@loome/roles-core';
import { TenantEntity } from './entities/tenant.entity.js';
import { TenantStateRepository } from './tenant-state.repository.js';

export type CompiledTenant = ReturnType<typeof compileTenant>;

/** A tenant as requests read it: its row, product, state and compiled decisions. */
export interface TenantContext {
  tenant: TenantEntity;
  product: AnyProduct;
  state: TenantState;
  decisions: CompiledTenant;
  /** Users known to be members, answered once per compiled state. */
  memberships: { has(userId: string): boolean };
}

/**
 * Caches each tenant's compiled decision state. Every change to the tenant, or to its
 * organization's directory, invalidates it; a load that raced an invalidation is not kept.
 */
@Injectable()
export class TenantContextService {
  private readonly cache = new Map<string, TenantContext>();
  private readonly generations = new Map<string, number>();
  private globalGeneration = 0;

  constructor(private readonly states: TenantStateRepository) {}

  async get({ tenantId }: { tenantId: string }): Promise<TenantContext | null> {
    const cached = this.cache.get(tenantId);
    if (cached) return cached;
    // No stored id holds a NUL character, and PostgreSQL refuses to compare text with one.
    if (tenantId.includes('\u0000')) return null;
    const generation = this.generationOf(tenantId);
    const tenant = await this.states.findTenant({ tenantId });
    if (!tenant) return null;
    const context = this.build({ tenant, state: await this.states.load({ tenant }) });
    if (generation === this.generationOf(tenantId)) this.cache.set(tenantId, context);
    return context;
  }

  build({ tenant, state }: { tenant: TenantEntity; state: TenantState }): TenantContext {
    const product = getProduct(tenant.productId);
    if (!product) throw new Error(`Tenant ${tenant.id} names unknown product ${tenant.productId}`);
    const decisions = compileTenant({ product, state });
    return { tenant, product, state, decisions, memberships: memberCache({ decisions }) };
  }

  invalidate({ tenantId }: { tenantId: string }): void {
    this.generations.set(tenantId, this.generationOf(tenantId) + 1);
    this.cache.delete(tenantId);
  }

  /** Directory changes and sign-ins touch users of many tenants at once. */
  invalidateAll(): void {
    this.globalGeneration += 1;
    this.cache.clear();
  }

  private generationOf(tenantId: string): number {
    return (this.generations.get(tenantId) ?? 0) + this.globalGeneration * 1_000_000;
  }
}

/** Contract "Who is a member", answered from roles-core's members of the compiled state. */
function memberCache({ decisions }: { decisions: CompiledTenant }): { has(userId: string): boolean } {
  return { has: (userId) => tenantMemberIds({ state: decisions.state }).has(userId) };
}
