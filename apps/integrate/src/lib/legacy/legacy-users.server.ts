/** Manage Users in a legacy tenant (R21): the four legacy roles, invite with a role, change, remove (R15). */
import { apiFormAction, buildProductView, fieldOf, loadFromApi, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import type { LegacyRoleId } from '@loome/roles-core';
import type { Actions } from '@sveltejs/kit';
import { portal } from '$lib/portal.config.js';

export interface LegacyUserView {
  userId: string;
  email: string;
  name: string;
  role: string;
  status: string | null;
}

export async function loadLegacyUsers({ locals, params, cookies, url }: PageEvent): Promise<{ users: LegacyUserView[] }> {
  const { api } = locals as PortalLocals;
  const { items } = await loadFromApi({ cookies, url, run: () => api.legacy.users.query({ tenantId: params.tenantId! }) });
  return {
    users: items.map((user) => ({
      userId: user.principalId,
      email: user.email,
      name: user.name,
      // A legacy user holds one role; the API lists them as an array.
      role: user.roles[0] ?? '',
      status: user.status,
    })),
  };
}

const roleOf = ({ form }: { form: FormData }) => fieldOf({ form, name: 'role' }) as LegacyRoleId;
/** A person reads the role's label ("BI Developer"), never its id (issue 17). */
const legacyRoles = buildProductView({ productId: portal.productId }).legacyRoles;
const roleLabelOf = ({ form }: { form: FormData }) => legacyRoles.find((role) => role.id === roleOf({ form }))?.label ?? roleOf({ form });

export const legacyUsersActions: Actions = {
  invite: apiFormAction({
    run: ({ api, form, params }) =>
      api.legacy.invite.mutate({ tenantId: params.tenantId!, email: fieldOf({ form, name: 'email' }).trim(), role: roleOf({ form }) }),
    answer: ({ form }) => ({ done: `${fieldOf({ form, name: 'email' }).trim()} was invited as ${roleLabelOf({ form })}.` }),
  }),
  changeRole: apiFormAction({
    run: ({ api, form, params }) =>
      api.legacy.changeRole.mutate({ tenantId: params.tenantId!, userId: fieldOf({ form, name: 'userId' }), role: roleOf({ form }) }),
    answer: ({ form }) => ({ done: `${fieldOf({ form, name: 'name' }) || 'The user'} is now ${roleLabelOf({ form })}.` }),
  }),
  remove: apiFormAction({
    run: ({ api, form, params }) => api.legacy.remove.mutate({ tenantId: params.tenantId!, userId: fieldOf({ form, name: 'userId' }) }),
    answer: ({ form }) => ({ done: `${fieldOf({ form, name: 'name' }) || 'The user'} was removed.` }),
  }),
};
