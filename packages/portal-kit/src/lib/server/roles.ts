/** Application Roles page: roles with their members, the API keys for the Add Members dropdown, and the member actions. */
import type { Actions } from '@sveltejs/kit';
import type { RoleView, ApiKeyView } from '../types.js';
import { actOnApi, loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { normalizeApiKeys, normalizeRoles } from './normalize.js';
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
    const roles = normalizeRoles({ raw: await loadFromApi({ cookies, url, run: () => api.roles.list.query({ tenantId }) }), labels });
    // Only user managers may list keys; others simply get no API-key choice.
    const apiKeys = await api.apiKeys.list
      .query({ tenantId })
      .then(normalizeApiKeys)
      .catch(() => []);
    return { roles, apiKeys };
  };
}

export const applicationRolesActions: Actions = {
  addMembers: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const roleId = String(form.get('roleId') ?? '');
    const members = parseMemberForm({ form });
    const outcome = await actOnApi({
      cookies,
      url,
      run: () => api.roles.addMembers.mutate({ tenantId: params.tenantId!, roleId, ...members }),
    });
    return 'ok' in outcome ? { added: outcome.result } : outcome;
  },
  removeMember: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const outcome = await actOnApi({
      cookies,
      url,
      run: () =>
        api.roles.removeMember.mutate({
          tenantId: params.tenantId!,
          roleId: String(form.get('roleId') ?? ''),
          principalId: String(form.get('principalId') ?? ''),
        }),
    });
    return 'ok' in outcome ? { removed: String(form.get('name') ?? '') } : outcome;
  },
};
