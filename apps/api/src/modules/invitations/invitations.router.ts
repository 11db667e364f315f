import { createRouter, permissionProcedure } from '../../trpc/trpc.js';
import { invitationInputSchema } from './schemas/invitation.schema.js';
import { resentInvitationOutputSchema, revokedInvitationOutputSchema } from './schemas/invitations.output.js';

export const invitationsRouter = createRouter({
  resend: permissionProcedure('userManagement')
    .input(invitationInputSchema)
    .output(resentInvitationOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.invitations.resend({ caller: ctx.caller, ...input })),
  revoke: permissionProcedure('userManagement')
    .input(invitationInputSchema)
    .output(revokedInvitationOutputSchema)
    .mutation(({ ctx, input }) => ctx.services.invitations.revoke({ caller: ctx.caller, ...input })),
});
