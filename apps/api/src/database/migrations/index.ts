import { InitialSchema1764060000000 } from './1764060000000-initial-schema.js';
import { ProjectGrantsCoveringIndex1795603807809 } from './1795603807809-project-grants-covering-index.js';
import { ProjectGrantsByProjectIndex1795800000000 } from './1795800000000-project-grants-by-project-index.js';
import { TenantUsers1795900000000 } from './1795900000000-tenant-users.js';
import { TenantVersions1796000000000 } from './1796000000000-tenant-versions.js';
import { ScimProvisioning1796200000000 } from './1796200000000-scim-provisioning.js';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [InitialSchema1764060000000, ProjectGrantsCoveringIndex1795603807809, ProjectGrantsByProjectIndex1795800000000, TenantUsers1795900000000, TenantVersions1796000000000, ScimProvisioning1796200000000];
