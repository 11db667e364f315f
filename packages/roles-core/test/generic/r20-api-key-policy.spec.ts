/**
 * R20 for every product: what a key may do follows the product's API-key policy. The expected
 * answer is read from the policy itself, so a new product with any policy is covered.
 */
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/decisions/index.js';
import type { AnyProduct } from '../../src/define-product.js';
import type { ApplicationRoleId } from '../../src/model/product-definition.js';
import { apiKeyRecord, productTenant } from './product-tenant.js';
import { productCases } from './registered-products.js';

const OLD = '2000-01-01T00:00:00.000Z';
const RECENT = '2099-01-01T00:00:00.000Z';

/** Which tier's permissions a key should act with, by the product's own policy. */
function expectedTier({ product, createdAt, role }: { product: AnyProduct; createdAt: string; role: ApplicationRoleId | null }): ApplicationRoleId | null {
  const policy = product.apiKeyPolicy;
  if (policy.kind === 'always-administrator') return 'administrator';
  if (policy.kind === 'administrator-before-cutoff' && role === null && Date.parse(createdAt) < Date.parse(policy.cutoff)) return 'administrator';
  return role;
}

const cases = [OLD, RECENT].flatMap((createdAt) =>
  ([null, 'consumer'] as const).map((role) => ({ createdAt, role, label: `${createdAt.slice(0, 4)} key with ${role ?? 'no application role'}` })),
);

describe.each(productCases)('$id: API keys act by the product policy', ({ product }) => {
  it.each(cases)('R20: a $label', ({ createdAt, role }) => {
    const state = productTenant({
      product,
      sketch: {
        userRoles: { ada: 'administrator' },
        apiKeys: [apiKeyRecord({ id: 'k-1', createdAt })],
        applicationGrants: [
          { principalId: 'ada', kind: 'user', role: 'administrator' },
          ...(role ? [{ principalId: 'k-1', kind: 'apiKey' as const, role }] : []),
        ],
      },
    });
    const decisions = compileTenant({ product, state });
    const tier = expectedTier({ product, createdAt, role });
    // A consumer key holds its scoped permissions too, within its scope (Contract "Scoped permissions").
    const expected = tier ? product.applicationRoles[tier].permissions : [];
    const held = Object.keys(product.permissions).filter((permission) => decisions.can({ principalId: 'k-1', permission }));
    expect(held.sort()).toEqual([...expected].sort());
  });
});
