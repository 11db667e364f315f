import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { LegacyController } from './legacy.controller.js';
import { LegacyService } from './legacy.service.js';

@Module({ imports: [TenantsModule, InvitationsModule], controllers: [LegacyController], providers: [LegacyService], exports: [LegacyService] })
export class LegacyModule {}
