/** Application Roles page: roles with their members, the API keys for the Add Members dropdown, and the member actions. */
import type { Actions } from '@sveltejs/kit';
import type { RoleView, ApiKeyView } from '../types.js';
import { loadFromApi } from './call-api.js';
import { answerRemoved, apiFormAction, fieldOf } from './form-action.js';
import type { PortalLocals } from './hooks.js';
import { apiKeyViewsOf, roleViewsOf } from './view-models.js';
import { buildProductView } from './product-view.js';
import { parseMemberForm } from './member-form.js';
import type { PageEvent } from './page-event.js';

export interface ApplicationRolesData {
  roles: RoleView[];
  apiKeys: ApiKeyView[];
}

export function createApplicationRolesLoad({ productId }: { productId: string }) {
  const product = buildProductView({ productId });
  const labels = Object.fromEntries(product.applicationRoles.map((role) => [role.id, role]));
  return async ({ locals, params, cookies, url }: PageEvent): Promise<ApplicationRolesData> => {
    const { api } = locals as PortalLocals;
    const tenantId = params.tenantId!;
    const roles = roleViewsOf({ roles: await loadFromApi({ cookies, url, run: () => api.roles.list.query({ tenantId }) }), labels });
    // Only user managers may list keys; others simply get no API-key choice.
    const apiKeys = await api.apiKeys.list
      .query({ tenantId })
      .then(apiKeyViewsOf)
      .catch(() => []);
    return { roles, apiKeys };
  };
}

export const applicationRolesActions: Actions = {
  addMembers: apiFormAction({
    run: ({ api, form, params }) =>
      api.roles.addMembers.mutate({ tenantId: params.tenantId!, roleId: fieldOf({ form, name: 'roleId' }), ...parseMemberForm({ form }) }),
    answer: ({ result }) => ({ added: result }),
  }),
  removeMember: apiFormAction({
    run: ({ api, form, params }) =>
      api.roles.removeMember.mutate({
        tenantId: params.tenantId!,
        roleId: fieldOf({ form, name: 'roleId' }),
        principalId: fieldOf({ form, name: 'principalId' }),
      }),
    answer: answerRemoved,
  }),
};
