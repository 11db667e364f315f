import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS, products, type AnyProduct } from '@loome/roles-core';
import { z } from 'zod';

/**
 * The ids the product configurations fix, as enums: the document lists them and a generated
 * client refuses a misspelt one before it is sent. Which of them a tenant's product has is still
 * the product's to say (an id of another product is VALIDATION or NOT_FOUND, as before).
 */
const unique = (ids: Iterable<string>) => [...new Set(ids)] as [string, ...string[]];

/**
 * Values only some products take, stated in the document as `x-product-values`: per product id,
 * the values a tenant of that product accepts (the tenant of the path, or the `product` of the
 * body that creates one). Any other value of the enum is VALIDATION there.
 */
export function productScoped<S extends z.ZodType>(
  schema: S,
  { valuesOf, description }: { valuesOf: (product: AnyProduct) => readonly string[]; description: string },
): S {
  return schema.meta({ description, 'x-product-values': Object.fromEntries(products.map((product) => [product.id, [...valuesOf(product)]])) });
}

export const productIdSchema = z.enum(unique(products.map((product) => product.id)));
export const applicationRoleIdSchema = z.enum(APPLICATION_ROLE_IDS);
export const legacyRoleIdSchema = z.enum(LEGACY_ROLE_IDS);
/** An application role of either model: what `…/roles/:roleId` takes. */
export const roleIdSchema = z.enum([...APPLICATION_ROLE_IDS, ...LEGACY_ROLE_IDS]);
export const projectRoleIdSchema = productScoped(z.enum(unique(products.flatMap((product) => Object.keys(product.projectRoles)))), {
  valuesOf: (product) => Object.keys(product.projectRoles),
  description: "A project role of the tenant's product (`x-product-values`); another product's is VALIDATION",
});
/** Every permission of every product: tenant-wide, project and legacy-only ones. */
export const permissionIdSchema = productScoped(z.enum(unique(products.flatMap((product) => [...product.index.bitOf.keys()]))), {
  valuesOf: (product) => [...product.index.bitOf.keys()],
  description: "A permission of the tenant's product (`x-product-values`); another product's is VALIDATION",
});
