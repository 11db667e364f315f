/** Remote Access: API keys (R13, R20). The secret is returned by the create action only, never loaded again. */
import type { Actions } from '@sveltejs/kit';
import { loadFromApi } from './call-api.js';
import { apiFormAction, fieldOf } from './form-action.js';
import type { PortalLocals } from './hooks.js';
import { apiKeyViewsOf } from './view-models.js';
import type { PageEvent } from './page-event.js';
import { firstRowOf, LIST_PAGE_SIZE, listAddressOf } from './member-page.js';

/** One page of keys, searched by description; the search and the page live in the address (`?q=&cursor=&trail=`). */
export async function loadRemoteAccess({ locals, params, cookies, url }: PageEvent) {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const { q, cursor, trail } = listAddressOf({ url });
  const [keys, projects] = await Promise.all([
    loadFromApi({
      cookies,
      url,
      run: () => api.apiKeys.list.query({ tenantId, limit: LIST_PAGE_SIZE, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }),
    }),
    // Only to name the projects keys hold roles on; a tenant without projects (legacy) names none.
    api.projects.list.query({ tenantId }).catch(() => ({ items: [] })),
  ]);
  const keyList = { q, cursor, trail, from: firstRowOf({ cursor, trail }), shown: keys.items.length, total: keys.total, nextCursor: keys.nextCursor };
  return { apiKeys: apiKeyViewsOf(keys), keyList, projectNames: Object.fromEntries(projects.items.map((project) => [project.id, project.name])) };
}

export const remoteAccessActions: Actions = {
  createKey: apiFormAction({
    run: ({ api, form, params }) => {
      const expiresOn = fieldOf({ form, name: 'expiresAt' });
      const allowedIps = fieldOf({ form, name: 'allowedIps' })
        .split(/[;,\s]+/)
        .filter(Boolean);
      return api.apiKeys.create.mutate({
        tenantId: params.tenantId!,
        description: fieldOf({ form, name: 'description' }).trim(),
        // A date field gives a day; the key works until the end of it.
        ...(expiresOn ? { expiresAt: new Date(`${expiresOn}T23:59:59Z`).toISOString() } : {}),
        ...(allowedIps.length ? { allowedIps } : {}),
      });
    },
    answer: ({ result: { id, description, secret } }) => ({ created: { id, description, secret } }),
  }),
  deleteKey: apiFormAction({
    run: ({ api, form, params }) => api.apiKeys.delete.mutate({ tenantId: params.tenantId!, apiKeyId: fieldOf({ form, name: 'apiKeyId' }) }),
    answer: ({ form }) => ({ deleted: fieldOf({ form, name: 'description' }) }),
  }),
};
