/** Remote Access: API keys (R13, R20). The secret is returned by the create action only, never loaded again. */
import type { Actions } from '@sveltejs/kit';
import { actOnApi, loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { normalizeApiKeys, textOf } from './normalize.js';
import type { PageEvent } from './page-event.js';

export async function loadRemoteAccess({ locals, params, cookies, url }: PageEvent) {
  const { api } = locals as PortalLocals;
  return { apiKeys: normalizeApiKeys(await loadFromApi({ cookies, url, run: () => api.apiKeys.list.query({ tenantId: params.tenantId! }) })) };
}

export const remoteAccessActions: Actions = {
  createKey: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const expiresOn = String(form.get('expiresAt') ?? '');
    const allowedIps = String(form.get('allowedIps') ?? '')
      .split(/[;,\s]+/)
      .filter(Boolean);
    const outcome = await actOnApi({
      cookies,
      url,
      run: () =>
        api.apiKeys.create.mutate({
          tenantId: params.tenantId!,
          description: String(form.get('description') ?? '').trim(),
          // A date field gives a day; the key works until the end of it.
          ...(expiresOn ? { expiresAt: new Date(`${expiresOn}T23:59:59Z`).toISOString() } : {}),
          ...(allowedIps.length ? { allowedIps } : {}),
        }),
    });
    if (!('ok' in outcome)) return outcome;
    const created = outcome.result as Record<string, unknown>;
    const key = (created.apiKey ?? created) as Record<string, unknown>;
    return { created: { id: textOf(key.id), description: textOf(key.description), secret: textOf(created.secret) } };
  },
  deleteKey: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const outcome = await actOnApi({
      cookies,
      url,
      run: () => api.apiKeys.delete.mutate({ tenantId: params.tenantId!, apiKeyId: String(form.get('apiKeyId') ?? '') }),
    });
    return 'ok' in outcome ? { deleted: String(form.get('description') ?? '') } : outcome;
  },
};
