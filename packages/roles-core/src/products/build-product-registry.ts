/**
 * Orders the registered products and refuses two that would collide: a duplicate id would make
 * one product unreachable, a duplicate portal port would make two portals fight for one address.
 */
import type { AnyProduct } from '../define-product.js';
import { ProductDefinitionError } from './product-definition-error.js';

export function buildProductRegistry({ products }: { products: readonly AnyProduct[] }): readonly AnyProduct[] {
  // Module namespaces list exports alphabetically; portal order is the order people know them in.
  const ordered = [...products].sort((a, b) => a.portalPort - b.portalPort);
  const ids = new Set<string>();
  const ports = new Set<number>();
  for (const product of ordered) {
    if (ids.has(product.id)) {
      throw new ProductDefinitionError({ product: product.id, field: 'id', problem: 'duplicate product id', value: product.id });
    }
    if (ports.has(product.portalPort)) {
      throw new ProductDefinitionError({
        product: product.id,
        field: 'portalPort',
        problem: 'portal port already used by another product',
        value: String(product.portalPort),
      });
    }
    ids.add(product.id);
    ports.add(product.portalPort);
  }
  return Object.freeze(ordered);
}
