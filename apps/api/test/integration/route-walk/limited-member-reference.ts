import type { AnyProduct, LimitedMemberReference } from '@loome/roles-core';

/**
 * The reference that makes the walk's Limited Member (R17): the first kind the product's
 * `limitedMembers.references` lists — a record assigned to them, or a communication rule emailing them.
 */
export function limitedMemberReference({ product }: { product: AnyProduct }): LimitedMemberReference {
  const reference = product.limitedMembers?.references[0];
  if (!reference) throw new Error(`${product.name} has no Limited Member references`);
  return reference;
}
