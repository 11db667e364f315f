import type { Effect } from '../model/effect.js';
import type { TenantState } from '../model/tenant-state.js';
import type { AnyProduct } from './plan-input.js';
import { provisionConsumer } from './provision-consumer.js';

/**
 * R17: a reference to someone with no role in the tenant makes them a consumer and invites them,
 * where the product's Limited Member rules say so (`provisionConsumer`), never by product id.
 */
export function provisionReferencedUsers({
  product,
  state,
  emails,
}: {
  product: AnyProduct;
  state: TenantState;
  emails: readonly string[];
}): Effect[] {
  if (!product.limitedMembers?.provisionConsumer) return [];
  return emails.flatMap((email) => provisionConsumer({ state, email }).effects);
}
