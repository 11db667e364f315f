import { describeReason, type AnyProduct, type Reason, type ReasonScope, type ReasonSource } from '@loome/roles-core';

type Texts = { applies?: string; elsewhere?: string };

const described = new WeakMap<ReasonSource, WeakMap<ReasonScope, Texts>>();

/**
 * `describeReason`, remembered per grant: a compiled tenant hands out the same source and scope
 * objects for a principal's grants on every check, and a batch asks about them again and again.
 * Held weakly, so the texts go when the compiled tenant does. It words ids only, never names
 * (those are the About view's, worded afresh on each request): a renamed project or rule keeps
 * its id, so nothing remembered here can go stale.
 */
export function describeReasonOnce({ product, reason }: { product: AnyProduct; reason: Reason }): string {
  let byScope = described.get(reason.source);
  if (!byScope) described.set(reason.source, (byScope = new WeakMap()));
  let texts = byScope.get(reason.scope);
  if (!texts) byScope.set(reason.scope, (texts = {}));
  const slot = reason.applies ? 'applies' : 'elsewhere';
  return (texts[slot] ??= describeReason({ product, reason }));
}
