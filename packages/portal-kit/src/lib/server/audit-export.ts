/**
 * The audit log's CSV download (R24): the API writes the CSV (and escapes formula cells); the
 * portal passes the filtered export through to the browser with the user's session.
 */
import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { apiRestUrl } from './api-client.js';
import { auditFiltersOf, auditQueryOf } from './audit.js';
import { clearSessionToken, readSessionToken } from './session.js';

export const auditExportEndpoint: RequestHandler = async ({ params, url, cookies }) => {
  const query = auditQueryOf({ filters: auditFiltersOf({ url }) });
  const answer = await fetch(apiRestUrl({ path: `/api/v1/tenants/${encodeURIComponent(params.tenantId!)}/audit-events/export?${query}` }), {
    headers: { authorization: `Bearer ${readSessionToken({ cookies }) ?? ''}` },
  });
  if (answer.status === 401) {
    clearSessionToken({ cookies });
    redirect(303, `/sign-in?next=${encodeURIComponent(`/t/${params.tenantId}/audit`)}`);
  }
  if (!answer.ok || !answer.body) {
    const problem = (await answer.json().catch(() => null)) as { detail?: string } | null;
    error(answer.status >= 400 && answer.status < 600 ? answer.status : 502, problem?.detail ?? 'The audit log could not be exported.');
  }
  return new Response(answer.body, {
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'text/csv; charset=utf-8',
      'content-disposition': answer.headers.get('content-disposition') ?? 'attachment; filename="audit-events.csv"',
      'cache-control': 'no-store',
    },
  });
};
