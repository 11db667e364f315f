/** Creates an organization with a directory and one tenant through the platform routes (SPEC §4). */
import type { Stack } from './start-stack.js';

export interface TestTenantInput {
  stack: Stack;
  productId: string;
  administrators: string[];
  roleModel?: 'current' | 'legacy';
  directory?: {
    users: { email: string; name: string; guest?: boolean }[];
    groups: { id: string; name: string; email?: string | null; members: string[] }[];
  };
  lookup?: { users: boolean; groups: boolean };
}

export async function createTestTenant({ stack, productId, administrators, roleModel = 'current', directory, lookup }: TestTenantInput) {
  const organization = await stack.platform<{ id: string }>({
    method: 'POST',
    path: '/api/v1/organizations',
    body: { name: `E2E ${productId} organization`, userLookup: lookup?.users ?? true, groupLookup: lookup?.groups ?? true },
  });
  if (directory) await stack.platform({ method: 'PUT', path: `/api/v1/organizations/${organization.id}/directory`, body: directory });
  const tenant = await stack.platform<{ id: string; name: string }>({
    method: 'POST',
    path: '/api/v1/tenants',
    body: { product: productId, name: `E2E ${productId} tenant`, organizationId: organization.id, administrators, roleModel },
  });
  return { organizationId: organization.id, tenantId: tenant.id, tenantName: tenant.name };
}
