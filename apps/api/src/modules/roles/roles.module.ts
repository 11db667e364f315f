import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';

@Module({ imports: [TenantsModule, InvitationsModule], controllers: [RolesController], providers: [RolesService], exports: [RolesService] })
export class RolesModule {}
