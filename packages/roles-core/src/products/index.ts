/** The product registry: every product the core knows, by id. Products register in registered-products.ts. */
import type { AnyProduct } from '../define-product.js';
import { buildProductRegistry } from './build-product-registry.js';
import * as registered from './registered-products.js';

export * from './registered-products.js';

export const products: readonly AnyProduct[] = buildProductRegistry({ products: Object.values(registered) });

export const productIds: readonly string[] = Object.freeze(products.map((product) => product.id));

const byId = new Map(products.map((product) => [product.id, product]));

/** The product with this id, or `undefined` for an id no product has. */
export function getProduct(id: string): AnyProduct | undefined {
  return byId.get(id);
}
