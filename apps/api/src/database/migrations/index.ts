import { InitialSchema1764060000000 } from './1764060000000-initial-schema.js';
import { ProjectGrantsCoveringIndex1795603807809 } from './1795603807809-project-grants-covering-index.js';
import { ProjectGrantsByProjectIndex1795800000000 } from './1795800000000-project-grants-by-project-index.js';
import { TenantUsers1795900000000 } from './1795900000000-tenant-users.js';
import { TenantVersions1796000000000 } from './1796000000000-tenant-versions.js';
import { OidcSignIn1796100000000 } from './1796100000000-oidc-sign-in.js';
import { KeyedApiKeyHashes1796150000000 } from './1796150000000-keyed-api-key-hashes.js';
import { ScimProvisioning1796200000000 } from './1796200000000-scim-provisioning.js';
import { RecordRules1796300000000 } from './1796300000000-record-rules.js';
import { TenantInvitations1796400000000 } from './1796400000000-tenant-invitations.js';
import { DeletedProjects1796500000000 } from './1796500000000-deleted-projects.js';
import { ApiKeyLastUse1796600000000 } from './1796600000000-api-key-last-use.js';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  InitialSchema1764060000000,
  ProjectGrantsCoveringIndex1795603807809,
  ProjectGrantsByProjectIndex1795800000000,
  TenantUsers1795900000000,
  TenantVersions1796000000000,
  OidcSignIn1796100000000,
  KeyedApiKeyHashes1796150000000,
  ScimProvisioning1796200000000,
  RecordRules1796300000000,
  TenantInvitations1796400000000,
  DeletedProjects1796500000000,
  ApiKeyLastUse1796600000000,
];
