import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS, products } from '@loome/roles-core';
import { z } from 'zod';

/**
 * The ids the product configurations fix, as enums: the document lists them and a generated
 * client refuses a misspelt one before it is sent. Which of them a tenant's product has is still
 * the product's to say (an id of another product is VALIDATION or NOT_FOUND, as before).
 */
const unique = (ids: Iterable<string>) => [...new Set(ids)] as [string, ...string[]];

export const productIdSchema = z.enum(unique(products.map((product) => product.id)));
export const applicationRoleIdSchema = z.enum(APPLICATION_ROLE_IDS);
export const legacyRoleIdSchema = z.enum(LEGACY_ROLE_IDS);
/** An application role of either model: what `…/roles/:roleId` takes. */
export const roleIdSchema = z.enum([...APPLICATION_ROLE_IDS, ...LEGACY_ROLE_IDS]);
export const projectRoleIdSchema = z.enum(unique(products.flatMap((product) => Object.keys(product.projectRoles))));
/** Every permission of every product: tenant-wide, project and legacy-only ones. */
export const permissionIdSchema = z.enum(
  unique(
    products.flatMap((product) => [
      ...Object.keys(product.permissions),
      ...Object.keys(product.projectPermissions),
      ...Object.keys(product.legacy?.extraPermissions ?? {}),
    ]),
  ),
);
