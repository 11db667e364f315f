/**
 * The member lists' invitation actions (R3, R4): send a pending invitation's mail again, or
 * revoke it. Shared by the Application Roles and project pages; the API decides who may.
 */
import type { Actions } from '@sveltejs/kit';
import { apiFormAction, fieldOf } from './form-action.js';

const principalOf = ({ form, params }: { form: FormData; params: Partial<Record<string, string>> }) => ({
  tenantId: params.tenantId!,
  principalId: fieldOf({ form, name: 'principalId' }),
});

export const invitationActions: Actions = {
  resendInvitation: apiFormAction({
    run: ({ api, form, params }) => api.invitations.resend.mutate(principalOf({ form, params })),
    answer: ({ result }) => ({ resentTo: result.resent.email }),
  }),
  revokeInvitation: apiFormAction({
    run: ({ api, form, params }) => api.invitations.revoke.mutate(principalOf({ form, params })),
    answer: ({ form }) => ({ revoked: fieldOf({ form, name: 'name' }) }),
  }),
};
