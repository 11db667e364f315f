import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ChecksModule } from './checks/checks.module.js';
import { DocsModule } from './docs/docs.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { LegacyModule } from './legacy/legacy.module.js';
import { MailModule } from './mail/mail.module.js';
import { ReferencesModule } from './monitor-references/references.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PreviewsModule } from './previews/previews.module.js';
import { ProductsModule } from './products/products.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { RolesModule } from './roles/roles.module.js';
import { ScimModule } from './scim/scim.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { UsersModule } from './users/users.module.js';

/** Every feature module, in the order their routes are documented. */
export const FEATURE_MODULES = [
  ProductsModule,
  OrganizationsModule,
  ScimModule,
  TenantsModule,
  RolesModule,
  UsersModule,
  InvitationsModule,
  ChecksModule,
  ApiKeysModule,
  ProjectsModule,
  ReferencesModule,
  NotificationsModule,
  LegacyModule,
  AuditModule,
  PreviewsModule,
  MailModule,
  DocsModule,
];
