import type { TenantState } from '../model/tenant-state.js';

/** A tenant with nobody and nothing in it: the start of every fixture and of a new tenant. */
export function emptyTenantState({
  tenantId,
  productId,
  roleModel = 'current',
}: {
  tenantId: string;
  productId: string;
  roleModel?: TenantState['roleModel'];
}): TenantState {
  return {
    tenantId,
    productId,
    roleModel,
    settings: { projectCreation: 'project-creators' },
    users: [],
    groups: [],
    apiKeys: [],
    applicationGrants: [],
    projects: [],
    projectGrants: [],
    records: [],
    communicationRules: [],
    legacyGrants: [],
    departments: [],
  };
}
