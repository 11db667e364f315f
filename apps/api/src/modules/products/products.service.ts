import { Injectable } from '@nestjs/common';
import { projectAdministrationPermissionOf, products, type AnyProduct } from '@loome/roles-core';

/** Each product's configuration as data, without the core's precomputed bit index; defaults the configuration leaves out are spelt out. */
export function describeProduct({ product }: { product: AnyProduct }) {
  const { index: _index, ...definition } = product;
  return { ...definition, projectAdministrationPermission: projectAdministrationPermissionOf({ product }) };
}

@Injectable()
export class ProductsService {
  list() {
    return { items: products.map((product) => describeProduct({ product })) };
  }
}
