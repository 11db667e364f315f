import { describe, expect, it } from 'vitest';
import { isFeatureOn } from './config.js';

const product = { legacy: true, limitedMembers: false };

describe('isFeatureOn', () => {
  it('R21: Manage Users shows only for a product with a legacy model and a tenant running it', () => {
    expect(isFeatureOn({ feature: 'legacy-tenant', product, tenant: { roleModel: 'legacy' } })).toBe(true);
    expect(isFeatureOn({ feature: 'legacy-tenant', product, tenant: { roleModel: 'current' } })).toBe(false);
    expect(isFeatureOn({ feature: 'legacy-tenant', product: { ...product, legacy: false }, tenant: { roleModel: 'legacy' } })).toBe(false);
  });

  it('R17: the Limited Members view follows the product configuration', () => {
    expect(isFeatureOn({ feature: 'limited-members', product, tenant: null })).toBe(false);
    expect(isFeatureOn({ feature: 'limited-members', product: { ...product, limitedMembers: true }, tenant: null })).toBe(true);
  });
});
