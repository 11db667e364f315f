import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { TenantUsersController } from './tenant-users.controller.js';
import { TenantUsersService } from './tenant-users.service.js';
import { UsersRepository } from './users.repository.js';

/** Global users and the tenant's view of them. */
@Module({
  imports: [TenantsModule],
  controllers: [TenantUsersController],
  providers: [UsersRepository, TenantUsersService],
  exports: [UsersRepository, TenantUsersService],
})
export class UsersModule {}
