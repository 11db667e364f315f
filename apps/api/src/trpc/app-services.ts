import type { AuthorizationService } from '../auth/authorization.service.js';
import type { SignInService } from '../auth/sign-in.service.js';
import type { ApiKeysService } from '../modules/api-keys/api-keys.service.js';
import type { ChecksService } from '../modules/checks/checks.service.js';
import type { DirectoryService } from '../modules/organizations/directory.service.js';
import type { ProductsService } from '../modules/products/products.service.js';
import type { RolesService } from '../modules/roles/roles.service.js';
import type { TenantsService } from '../modules/tenants/tenants.service.js';
import type { TenantUsersService } from '../modules/users/tenant-users.service.js';

/** The Nest services tRPC procedures call; the same instances the REST controllers use. */
export interface AppServices {
  authorization: AuthorizationService;
  signIn: SignInService;
  products: ProductsService;
  tenants: TenantsService;
  roles: RolesService;
  directory: DirectoryService;
  users: TenantUsersService;
  checks: ChecksService;
  apiKeys: ApiKeysService;
}
