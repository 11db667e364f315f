/**
 * `defineProduct` turns a product configuration into a frozen, indexed `Product`.
 * `const` type parameters keep every id a literal type, so a role that names an undeclared
 * permission (or a mapping that names an undeclared project role) does not compile.
 */
import type { ProductDefinition } from './model/product-definition.js';
import { buildProductIndex } from './products/build-product-index.js';
import type { ProductIndex } from './products/build-product-index.js';
import { validateProductDefinition } from './products/validate-product-definition.js';

export { ProductDefinitionError } from './products/product-definition-error.js';
export type { ProductIndex, PermissionKind } from './products/build-product-index.js';

export type Product<P extends string = string, PP extends string = string, PR extends string = string, LP extends string = string> = Readonly<
  ProductDefinition<P, PP, PR, LP>
> & {
  /** Precomputed bit indexes and role masks used by decisions. */
  readonly index: ProductIndex;
};

/** Any product, whatever its ids: what the registry, decisions and planners accept. */
export type AnyProduct = Product<string, string, string, string>;

/** Tenant-wide permission ids of a product. */
export type PermissionOf<T> = T extends Product<infer P, string, string, string> ? P : never;
/** Project permission ids of a product. */
export type ProjectPermissionOf<T> = T extends Product<string, infer PP, string, string> ? PP : never;
/** Project role ids of a product. */
export type ProjectRoleOf<T> = T extends Product<string, string, infer PR, string> ? PR : never;
/** Legacy-only permission ids of a product. */
export type LegacyPermissionOf<T> = T extends Product<string, string, string, infer LP> ? LP : never;

export function defineProduct<const P extends string, const PP extends string, const PR extends string, const LP extends string = never>(
  definition: ProductDefinition<P, PP, PR, LP>,
): Product<P, PP, PR, LP> {
  const loose = definition as unknown as ProductDefinition<string, string, string, string>;
  validateProductDefinition({ definition: loose });
  const index = buildProductIndex({ definition: loose });
  return deepFreeze({ ...definition, index });
}

function deepFreeze<T>(value: T): T {
  // Typed arrays cannot be frozen; masks are internal and never handed out for writing.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof Map) return value;
  for (const nested of Object.values(value)) deepFreeze(nested);
  return Object.freeze(value);
}
