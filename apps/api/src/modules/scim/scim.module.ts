import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { ScimDirectoryWrites } from './scim-directory-writes.js';
import { ScimGroupsService } from './scim-groups.service.js';
import { ScimTokensService } from './scim-tokens.js';
import { ScimTokensController } from './scim-tokens.controller.js';
import { ScimUsersService } from './scim-users.service.js';
import { ScimController } from './scim.controller.js';

/** SCIM 2.0 provisioning of organizations' directories (SPEC §4 Production). */
@Module({
  imports: [TenantsModule, OrganizationsModule],
  controllers: [ScimTokensController, ScimController],
  providers: [ScimTokensService, ScimDirectoryWrites, ScimUsersService, ScimGroupsService],
})
export class ScimModule {}
