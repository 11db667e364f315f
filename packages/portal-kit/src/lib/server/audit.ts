/** Audit log (R24): newest first, one page at a time by cursor. */
import type { AuditEventView } from '../types.js';
import { loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { itemsOf, nextCursorOf, textOf } from './normalize.js';
import type { PageEvent } from './page-event.js';

export type { AuditEventView };

const describe = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Who acted, as a person reads it: an email, an API key's description, or the platform. */
function describeActor(value: unknown): string {
  if (!value || typeof value !== 'object') return describe(value);
  const actor = value as Record<string, unknown>;
  return textOf(actor.email ?? actor.description ?? actor.name, textOf(actor.kind, describe(value)));
}

export async function loadAudit({ locals, params, cookies, url }: PageEvent) {
  const { api } = locals as PortalLocals;
  const cursor = url.searchParams.get('cursor');
  const raw = await loadFromApi({
    cookies,
    url,
    run: () => api.audit.list.query({ tenantId: params.tenantId!, limit: 25, ...(cursor ? { cursor } : {}) }),
  });
  const events: AuditEventView[] = itemsOf(raw).map((event) => ({
    id: textOf(event.id),
    at: textOf(event.at),
    actor: describeActor(event.actor),
    action: textOf(event.action),
    target: describe(event.target),
    before: describe(event.before),
    after: describe(event.after),
  }));
  return { events, nextCursor: nextCursorOf(raw), isFirstPage: !cursor };
}
