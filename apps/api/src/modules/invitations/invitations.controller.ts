import { Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { RequirePermission } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { InvitationsService } from './invitations.service.js';
import { resentInvitationOutputSchema, revokedInvitationOutputSchema } from './schemas/invitations.output.js';

/** A pending invitation, named by the invited user's id: user managers resend or revoke it (R3, R4, R9). */
@Controller(`${TENANT}/invitations`)
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(':principalId/resend')
  @HttpCode(200)
  @RequirePermission('userManagement')
  @Returns(resentInvitationOutputSchema, { operationId: 'resendInvitation', summary: 'Send a pending invitation mail again' })
  resend(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('principalId') principalId: string) {
    return this.invitations.resend({ caller: signedIn({ caller }), tenantId, principalId });
  }

  @Delete(':principalId')
  @RequirePermission('userManagement')
  @Returns(revokedInvitationOutputSchema, { operationId: 'revokeInvitation', summary: 'Revoke a pending invitation: the invited user leaves the tenant' })
  revoke(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('principalId') principalId: string) {
    return this.invitations.revoke({ caller: signedIn({ caller }), tenantId, principalId });
  }
}
