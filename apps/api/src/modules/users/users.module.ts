import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { TenantUsersController } from './tenant-users.controller.js';
import { TenantUsersService } from './tenant-users.service.js';
import { UsersRepository } from './users.repository.js';

/** Global users and the tenant's view of them. */
@Module({
  imports: [TenantsModule, InvitationsModule],
  controllers: [TenantUsersController],
  providers: [UsersRepository, TenantUsersService],
  exports: [UsersRepository, TenantUsersService],
})
export class UsersModule {}
