/**
 * A configuration mistake fails when the product is defined, with a message naming the product,
 * the field and the value, so whoever added the product knows where to look.
 */
import { describe, expect, it } from 'vitest';
import { ProductDefinitionError, type AnyProduct } from '../../src/define-product.js';
import type { LegacyModel } from '../../src/model/product-definition.js';
import { buildProductRegistry } from '../../src/products/build-product-registry.js';
import { productCases, variantOf, type AnyDefinition } from './registered-products.js';

function failureOf(define: () => unknown): ProductDefinitionError {
  try {
    define();
  } catch (error) {
    if (error instanceof ProductDefinitionError) return error;
    throw error;
  }
  throw new Error('the mistake was accepted');
}

function expectNamed({ error, product, field, value }: { error: ProductDefinitionError; product: string; field: string; value: string }) {
  expect({ product: error.product, field: error.field, value: error.value }).toEqual({ product, field, value });
  for (const part of [`"${product}"`, field, `"${value}"`]) expect(error.message).toContain(part);
}

/** A legacy model built from the product's own ids, with one mapping pointing at a role that does not exist. */
function legacyMappingTo({ product, projectRole }: { product: AnyProduct; projectRole: string }): LegacyModel<string, string, string> {
  const permissions = [...product.applicationRoles.consumer.permissions];
  const role = { label: 'Legacy', departmentScoped: false, permissions };
  const entry = { applicationRole: 'consumer', projects: 'none' } as const;
  return {
    extraPermissions: {},
    roles: { 'bi-user': role, 'bi-manager': role, 'bi-developer': role, 'group-admin': role },
    userManagementRole: 'group-admin',
    mapping: {
      'bi-user': { applicationRole: 'consumer', projectRole, projects: 'all-departments' },
      'bi-manager': entry,
      'bi-developer': entry,
      'group-admin': entry,
    },
  };
}

describe.each(productCases)('$id: a configuration with a mistake is refused by name', ({ id, product }) => {
  const define = (change: Partial<AnyDefinition>) => () => variantOf({ product, change });

  it('an unknown permission in an application tier', () => {
    const consumer = product.applicationRoles.consumer;
    const error = failureOf(
      define({ applicationRoles: { ...product.applicationRoles, consumer: { ...consumer, permissions: [...consumer.permissions, 'no-such.permission'] } } }),
    );
    expectNamed({ error, product: id, field: 'applicationRoles.consumer.permissions', value: 'no-such.permission' });
  });

  it('an unknown permission in a project role', () => {
    const owner = product.projectRoles[product.projectOwnerRole]!;
    const projectRoles = { ...product.projectRoles, [product.projectOwnerRole]: { ...owner, permissions: [...owner.permissions, 'project.no-such'] } };
    const error = failureOf(define({ projectRoles }));
    expectNamed({ error, product: id, field: `projectRoles.${product.projectOwnerRole}.permissions`, value: 'project.no-such' });
  });

  it('a legacy mapping to a project role that does not exist', () => {
    const error = failureOf(define({ legacy: legacyMappingTo({ product, projectRole: 'no-such-role' }) }));
    expectNamed({ error, product: id, field: 'legacy.mapping.bi-user.projectRole', value: 'no-such-role' });
  });

  it('R9: a legacy role carrying a permission the user-management role lacks', () => {
    const legacy = legacyMappingTo({ product, projectRole: product.projectOwnerRole });
    const extra = product.applicationRoles.administrator.permissions.find((permission) => !legacy.roles['group-admin'].permissions.includes(permission))!;
    const developer = { ...legacy.roles['bi-developer'], permissions: [...legacy.roles['bi-developer'].permissions, extra] };
    const error = failureOf(define({ legacy: { ...legacy, roles: { ...legacy.roles, 'bi-developer': developer } } }));
    expectNamed({ error, product: id, field: 'legacy.roles.bi-developer.permissions', value: extra });
  });

  it('an owner role or Limited Member role that does not exist', () => {
    expectNamed({ error: failureOf(define({ projectOwnerRole: 'no-such-role' })), product: id, field: 'projectOwnerRole', value: 'no-such-role' });
    const writers = { permission: product.userManagementPermission, projectPermission: product.projectMembersPermission };
    const limitedMembers = { projectRole: 'no-such-role', writers, references: ['record-assignment'] as const, provisionConsumer: true };
    expectNamed({ error: failureOf(define({ limitedMembers })), product: id, field: 'limitedMembers.projectRole', value: 'no-such-role' });
  });

  it('a permission id declared twice', () => {
    const [first] = Object.keys(product.permissions);
    const error = failureOf(define({ projectPermissions: { ...product.projectPermissions, [first!]: 'Again' } }));
    expectNamed({ error, product: id, field: 'projectPermissions', value: first! });
  });

  it('a product id registered twice, or a portal port taken twice', () => {
    expectNamed({ error: failureOf(() => buildProductRegistry({ products: [product, product] })), product: id, field: 'id', value: id });
    const twin = variantOf({ product, change: { id: `${id}-twin` } });
    expectNamed({
      error: failureOf(() => buildProductRegistry({ products: [product, twin] })),
      product: `${id}-twin`,
      field: 'portalPort',
      value: String(product.portalPort),
    });
  });
});
