import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';

@Module({ imports: [TenantsModule], controllers: [RolesController], providers: [RolesService], exports: [RolesService] })
export class RolesModule {}
