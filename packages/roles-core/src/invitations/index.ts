// Pending invitations (R3, R4): send the mail again, or take the invitation back.
export { findPendingInvitation, managePendingInvitation, type PendingInvitation } from './pending-invitation.js';
export { planResendInvitation, type ResendInvitationRequest } from './plan-resend-invitation.js';
export { planRevokeInvitation, type RevokeInvitationRequest } from './plan-revoke-invitation.js';
