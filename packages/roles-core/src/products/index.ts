/** The product registry: every product the core knows, by id. */
import type { AnyProduct } from '../define-product.js';
import { assist } from './assist.js';
import { integrate } from './integrate.js';
import { monitor } from './monitor.js';

export { integrate, assist, monitor };

export const products: readonly AnyProduct[] = Object.freeze([integrate, assist, monitor]);

export const productIds: readonly string[] = Object.freeze(products.map((product) => product.id));

const byId = new Map(products.map((product) => [product.id, product]));

/** The product with this id, or `undefined` for an id no product has. */
export function getProduct(id: string): AnyProduct | undefined {
  return byId.get(id);
}
