import { accessFrom } from '@loome/roles-core';
import type { SignedInCaller } from './caller.js';
import type { TenantContext } from '../modules/tenants/tenant-context.service.js';

const byContext = new WeakMap<TenantContext, Map<string, ReadonlySet<string>>>();

/**
 * The tenant permissions the caller holds anywhere in the tenant, as `accessOf` answers them but
 * read from the context's already compiled decisions: compiling the tenant again on every request
 * (or every check of a batch) cost milliseconds each at 10,000 users. Kept while the context lives;
 * a change to the tenant builds a new context.
 */
export function heldTenantPermissions({ context, caller }: { context: TenantContext; caller: SignedInCaller }): ReadonlySet<string> {
  const principalId = caller.kind === 'user' ? caller.userId : caller.apiKeyId;
  let known = byContext.get(context);
  if (!known) {
    known = new Map();
    byContext.set(context, known);
  }
  let held = known.get(principalId);
  if (!held) {
    held = accessFrom({ product: context.product, decisions: context.decisions, principalId }).tenantPermissions;
    known.set(principalId, held);
  }
  return held;
}
