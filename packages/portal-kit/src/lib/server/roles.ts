/** Application Roles page: roles with their members, the API keys for the Add Members dropdown, and the member actions. */
import type { Actions } from '@sveltejs/kit';
import type { ApiKeyView, MemberPageView, RoleView } from '../types.js';
import { loadFromApi } from './call-api.js';
import { answerRemoved, apiFormAction, fieldOf } from './form-action.js';
import { invitationActions } from './invitations.js';
import type { PortalLocals } from './hooks.js';
import { LIST_PAGE_SIZE, listAddressOf, memberPageViewOf, memberQueryOf, memberSearchOf } from './member-page.js';
import { apiKeyViewsOf, roleViewsOf } from './view-models.js';
import { buildProductView } from './product-view.js';
import { parseMemberForm } from './member-form.js';
import { loadLookup, type LookupView } from './lookup.js';
import type { PageEvent } from './page-event.js';

export interface ApplicationRolesData {
  roles: RoleView[];
  apiKeys: ApiKeyView[];
  /** The chosen role's members: one page, searched, filtered and sorted by the API. */
  list: MemberPageView;
  /** Which directory searches Add Members offers this person here (R5). */
  lookup: LookupView;
}

/** The list's state lives in the address (`?role=&q=&kind=&status=&sort=&cursor=&trail=`), so a page can be linked and reloaded. */
function listQueryOf({ url, roles }: { url: URL; roles: RoleView[] }) {
  const { read, cursor, trail } = listAddressOf({ url });
  return { ...memberSearchOf({ url }), cursor, trail, roleId: roles.find((role) => role.id === read('role'))?.id ?? roles[0]?.id ?? '' };
}

export function createApplicationRolesLoad({ productId }: { productId: string }) {
  const product = buildProductView({ productId });
  const labels = Object.fromEntries(product.applicationRoles.map((role) => [role.id, role]));
  return async ({ locals, params, cookies, url }: PageEvent): Promise<ApplicationRolesData> => {
    const { api } = locals as PortalLocals;
    const tenantId = params.tenantId!;
    const roles = roleViewsOf({ roles: await loadFromApi({ cookies, url, run: () => api.roles.list.query({ tenantId }) }), labels });
    const query = listQueryOf({ url, roles });
    const raw = query.roleId
      ? await loadFromApi({
          cookies,
          url,
          run: () =>
            api.roles.members.query({
              tenantId,
              roleId: query.roleId,
              limit: LIST_PAGE_SIZE,
              ...memberQueryOf(query),
              ...(query.cursor ? { cursor: query.cursor } : {}),
            }),
        })
      : { items: [], nextCursor: null, total: 0 };
    const list = memberPageViewOf({ state: { ...query, kind: query.kind ?? '', status: query.status ?? '' }, page: raw });
    // Only user managers may list keys; others simply get no API-key choice.
    const [apiKeys, lookup] = await Promise.all([
      api.apiKeys.list
        .query({ tenantId })
        .then(apiKeyViewsOf)
        .catch(() => []),
      loadLookup({ api, tenantId, product: product.lookup }),
    ]);
    return { roles, apiKeys, list, lookup };
  };
}

export const applicationRolesActions: Actions = {
  ...invitationActions,
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
