import type { Effect } from '../model/effect.js';
import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import type { ActorAccess } from './actor-access.js';
import type { AnyProduct } from './plan-input.js';
import { provisionConsumer } from './provision-consumer.js';

/**
 * R17: a reference to someone with no role in the tenant makes them a consumer and invites them,
 * where the product's Limited Member rules say so (`provisionConsumer`), never by product id;
 * refused when the writer lacks a permission of that role (R9).
 */
export function provisionReferencedUsers({
  product,
  state,
  actor,
  access,
  emails,
}: {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  access: ActorAccess;
  emails: readonly string[];
}): { ok: true; effects: Effect[] } | { ok: false; refusal: Refusal } {
  if (!product.limitedMembers?.provisionConsumer) return { ok: true, effects: [] };
  const effects: Effect[] = [];
  for (const email of emails) {
    const provision = provisionConsumer({ product, state, actor, access, email });
    if (!('effects' in provision)) return { ok: false, refusal: provision };
    effects.push(...provision.effects);
  }
  return { ok: true, effects };
}
