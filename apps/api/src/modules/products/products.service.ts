import { Injectable } from '@nestjs/common';
import { products, type AnyProduct } from '@loome/roles-core';

/** Each product's configuration as data, without the core's precomputed bit index. */
export function describeProduct({ product }: { product: AnyProduct }) {
  const { index: _index, ...definition } = product;
  return definition;
}

@Injectable()
export class ProductsService {
  list() {
    return { items: products.map((product) => describeProduct({ product })) };
  }
}
