/** Manage Users in a legacy tenant (R21): the four legacy roles, invite with a role, change, remove (R15). */
import { actOnApi, itemsOf, loadFromApi, textOf, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import type { LegacyRoleId } from '@loome/roles-core';
import type { Actions } from '@sveltejs/kit';

export interface LegacyUserView {
  userId: string;
  email: string;
  name: string;
  role: string;
  status: string | null;
}

export async function loadLegacyUsers({ locals, params, cookies, url }: PageEvent): Promise<{ users: LegacyUserView[] }> {
  const { api } = locals as PortalLocals;
  const raw = await loadFromApi({ cookies, url, run: () => api.legacy.users.query({ tenantId: params.tenantId! }) });
  return {
    users: itemsOf(raw).map((user) => ({
      userId: textOf(user.userId ?? user.principalId ?? user.id),
      email: textOf(user.email),
      name: textOf(user.name ?? user.email),
      // A legacy user holds one role; the API lists them as an array.
      role: textOf(Array.isArray(user.roles) ? user.roles[0] : user.role),
      status: typeof user.status === 'string' ? user.status : null,
    })),
  };
}

export const legacyUsersActions: Actions = {
  invite: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const role = String(form.get('role') ?? '') as LegacyRoleId;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.invite.mutate({ tenantId: params.tenantId!, email, role }) });
    return 'ok' in outcome ? { done: `${email} was invited as ${role}.` } : outcome;
  },
  changeRole: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const userId = String(form.get('userId') ?? '');
    const role = String(form.get('role') ?? '') as LegacyRoleId;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.changeRole.mutate({ tenantId: params.tenantId!, userId, role }) });
    return 'ok' in outcome ? { done: `Role changed to ${role}.` } : outcome;
  },
  remove: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const userId = String(form.get('userId') ?? '');
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.remove.mutate({ tenantId: params.tenantId!, userId }) });
    return 'ok' in outcome ? { done: `${String(form.get('name') ?? 'The user')} was removed.` } : outcome;
  },
};
