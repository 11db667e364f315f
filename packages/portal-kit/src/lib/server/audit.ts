/** Audit log (R24): newest first, one page at a time by cursor. */
import type { AuditEventView } from '../types.js';
import { loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import type { ApiOutputs } from './api-types.js';
import type { PageEvent } from './page-event.js';

export type { AuditEventView };

const describe = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

type AuditActor = ApiOutputs['audit']['list']['items'][number]['actor'];

/** Who acted, as a person reads it: an email, else the kind of actor (an API key, the platform). */
function describeActor(actor: AuditActor): string {
  return actor.email ?? actor.kind;
}

export async function loadAudit({ locals, params, cookies, url }: PageEvent) {
  const { api } = locals as PortalLocals;
  const cursor = url.searchParams.get('cursor');
  const raw = await loadFromApi({
    cookies,
    url,
    run: () => api.audit.list.query({ tenantId: params.tenantId!, limit: 25, ...(cursor ? { cursor } : {}) }),
  });
  const events: AuditEventView[] = raw.items.map((event) => ({
    id: event.id,
    at: event.at,
    actor: describeActor(event.actor),
    action: event.action,
    target: event.target,
    before: describe(event.before),
    after: describe(event.after),
  }));
  return { events, nextCursor: raw.nextCursor, isFirstPage: !cursor };
}
