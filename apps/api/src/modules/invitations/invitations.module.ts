import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsService } from './invitations.service.js';

/** Pending invitations: when and by whom (for the lists), resend and revoke. */
@Module({
  imports: [TenantsModule],
  controllers: [InvitationsController],
  providers: [InvitationsService, InvitationsRepository],
  exports: [InvitationsService, InvitationsRepository],
})
export class InvitationsModule {}
