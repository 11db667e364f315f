/**
 * The products every generic suite runs for: the registry itself, so a product is covered the
 * moment `pnpm new-product` registers it, with no test to write or list to update.
 */
import { defineProduct, type AnyProduct } from '../../src/define-product.js';
import type { ProductDefinition } from '../../src/model/product-definition.js';
import { products } from '../../src/products/index.js';

export type AnyDefinition = ProductDefinition<string, string, string, string>;

/** `describe.each` rows: `$id` names the product in every test title. */
export const productCases: readonly { id: string; product: AnyProduct }[] = products.map((product) => ({ id: product.id, product }));

/** A product's own configuration, as it was written, without the index the core adds. */
export function definitionOf({ product }: { product: AnyProduct }): AnyDefinition {
  const { index: _index, ...definition } = product;
  return definition;
}

/** The product with one change to its configuration, defined (and validated) like any product. */
export function variantOf({ product, change }: { product: AnyProduct; change: Partial<AnyDefinition> }): AnyProduct {
  return defineProduct({ ...definitionOf({ product }), ...change });
}
