import { Module } from '@nestjs/common';
import { ValidationModule } from '../../common/validation/validation.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';

// ValidationModule registers a global interceptor; it is imported here until AppModule imports it.
@Module({ imports: [TenantsModule, ValidationModule], controllers: [RolesController], providers: [RolesService], exports: [RolesService] })
export class RolesModule {}
