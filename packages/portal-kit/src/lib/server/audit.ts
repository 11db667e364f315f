/**
 * Audit log (R24): the events as sentences (the core's one wording), filtered on the server, a
 * page at a time with more on demand so nothing is cut off unseen.
 */
import { json, type RequestHandler } from '@sveltejs/kit';
import { auditActionChoices, auditActionLabel, describeAuditEvent, formatAuditTime, getProduct, type AnyProduct } from '@loome/roles-core';
import type { AuditEventView, AuditFiltersView, AuditPageView } from '../types.js';
import type { ApiInputs, ApiOutputs } from './api-types.js';
import { failLoad } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import type { PageEvent } from './page-event.js';
import { statusOf, toProblem } from './to-problem.js';

export type { AuditEventView };

const PAGE_SIZE = 50;
const FILTER_NAMES = ['actor', 'action', 'target', 'from', 'to'] as const;

type AuditEvent = ApiOutputs['audit']['list']['items'][number];

function productOf({ productId }: { productId: string }): AnyProduct {
  const product = getProduct(productId);
  if (!product) throw new Error(`No product configuration for "${productId}" in roles-core`);
  return product;
}

/** The filters the address holds, trimmed; the form sends empty fields for filters not set. */
export function auditFiltersOf({ url }: { url: URL }): AuditFiltersView {
  const value = (name: (typeof FILTER_NAMES)[number]) => (url.searchParams.get(name) ?? '').trim();
  return { actor: value('actor'), action: value('action'), target: value('target'), from: value('from'), to: value('to') };
}

/** Only the filters that are set, as the API takes them (it checks each). */
export function auditQueryOf({ filters }: { filters: AuditFiltersView }): URLSearchParams {
  return new URLSearchParams(FILTER_NAMES.flatMap((name) => (filters[name] ? [[name, filters[name]]] : [])));
}

function eventViewOf({ product, event }: { product: AnyProduct; event: AuditEvent }): AuditEventView {
  const { sentence, changes } = describeAuditEvent({ product, event });
  return { id: event.id, at: event.at, when: formatAuditTime(event.at), sentence, actionLabel: auditActionLabel(event.action), changes };
}

async function readPage({ locals, params, url, product }: Pick<PageEvent, 'locals' | 'params' | 'url'> & { product: AnyProduct }) {
  const { api } = locals as PortalLocals;
  const cursor = url.searchParams.get('cursor');
  // The filters go as typed; the API's schema checks each (an unknown action is VALIDATION there).
  const filters = Object.fromEntries(auditQueryOf({ filters: auditFiltersOf({ url }) })) as Omit<ApiInputs['audit']['list'], 'tenantId'>;
  const page = await api.audit.list.query({ ...filters, tenantId: params.tenantId!, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
  return { events: page.items.map((event) => eventViewOf({ product, event })), nextCursor: page.nextCursor };
}

export function createAuditLoad({ productId }: { productId: string }) {
  const product = productOf({ productId });
  const actionGroups = auditActionChoices({ product }).map((group) => ({
    label: group.label,
    options: group.actions.map(({ action, label }) => ({ value: action, label })),
  }));
  return async ({ locals, params, cookies, url }: PageEvent): Promise<{ audit: AuditPageView }> => {
    const filters = auditFiltersOf({ url });
    const view = { filters, query: auditQueryOf({ filters }).toString(), actionGroups, isFirstPage: !url.searchParams.get('cursor') };
    try {
      return { audit: { ...view, ...(await readPage({ locals, params, url, product })), problem: null } };
    } catch (caught) {
      const problem = toProblem({ error: caught });
      // Filters the API refuses are shown beside the form that holds them; anything else is the error page.
      if (problem.code !== 'VALIDATION') failLoad({ cookies, url, problem });
      return { audit: { ...view, events: [], nextCursor: null, problem } };
    }
  };
}

/** The next page of the same filters, for Load more: JSON of the same event views. */
export function createAuditEventsEndpoint({ productId }: { productId: string }): RequestHandler {
  const product = productOf({ productId });
  return async ({ locals, params, url }) => {
    try {
      return json(await readPage({ locals, params, url, product }));
    } catch (caught) {
      const problem = toProblem({ error: caught });
      return json({ problem }, { status: statusOf({ problem }) });
    }
  };
}
