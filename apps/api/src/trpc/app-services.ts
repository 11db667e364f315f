import type { AuthorizationService } from '../auth/authorization.service.js';
import type { OidcSignInService } from '../auth/oidc/oidc-sign-in.service.js';
import type { SignInService } from '../auth/sign-in.service.js';
import type { ApiKeysService } from '../modules/api-keys/api-keys.service.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { ChecksService } from '../modules/checks/checks.service.js';
import type { InvitationsService } from '../modules/invitations/invitations.service.js';
import type { LegacyService } from '../modules/legacy/legacy.service.js';
import type { ReferencesService } from '../modules/monitor-references/references.service.js';
import type { NotificationsService } from '../modules/notifications/notifications.service.js';
import type { DirectoryService } from '../modules/organizations/directory.service.js';
import type { PreviewsService } from '../modules/previews/previews.service.js';
import type { ProductsService } from '../modules/products/products.service.js';
import type { ProjectsService } from '../modules/projects/projects.service.js';
import type { RolesService } from '../modules/roles/roles.service.js';
import type { TenantsService } from '../modules/tenants/tenants.service.js';
import type { TenantUsersService } from '../modules/users/tenant-users.service.js';

/** The Nest services tRPC procedures call; the same instances the REST controllers use. */
export interface AppServices {
  authorization: AuthorizationService;
  signIn: SignInService;
  oidcSignIn: OidcSignInService;
  products: ProductsService;
  tenants: TenantsService;
  roles: RolesService;
  directory: DirectoryService;
  users: TenantUsersService;
  invitations: InvitationsService;
  checks: ChecksService;
  apiKeys: ApiKeysService;
  projects: ProjectsService;
  references: ReferencesService;
  notifications: NotificationsService;
  legacy: LegacyService;
  audit: AuditService;
  previews: PreviewsService;
}
