/**
 * Results records and communication rules of one project (R17): what makes someone a
 * Limited Member. There is no list of them in the API, so the page shows those that
 * reach a Limited Member today (from the Limited Members list) and what it just created.
 */
import type { Actions } from '@sveltejs/kit';
import type { ProjectReferencesView } from '../types.js';
import { apiFormAction, fieldOf } from './form-action.js';
import type { PortalLocals } from './hooks.js';
import { itemsOf, textOf } from './normalize.js';
import type { PageEvent } from './page-event.js';

export type { ProjectReferencesView };

/** Adds one reference to its entry, keyed by id, collecting the Limited Members it reaches. */
function collect({ into, id, text, email }: { into: Map<string, { id: string; text: string; emails: string[] }>; id: string; text: string; email: string }) {
  const entry = into.get(id) ?? { id, text, emails: [] };
  if (!entry.emails.includes(email)) entry.emails.push(email);
  into.set(id, entry);
}

export async function loadProjectReferences({ locals, params }: PageEvent): Promise<ProjectReferencesView> {
  const { api } = locals as PortalLocals;
  // Only user managers may list Limited Members; others see just what they create.
  const raw = await api.limitedMembers.list.query({ tenantId: params.tenantId! }).catch(() => null);
  const records = new Map<string, { id: string; text: string; emails: string[] }>();
  const rules = new Map<string, { id: string; text: string; emails: string[] }>();
  for (const member of itemsOf(raw)) {
    if ((member.project as Record<string, unknown> | undefined)?.id !== params.projectId) continue;
    const email = textOf(member.email);
    const references = (member.references ?? {}) as Record<string, unknown>;
    for (const record of itemsOf(references.records)) collect({ into: records, id: textOf(record.id), text: textOf(record.label, textOf(record.id)), email });
    for (const rule of itemsOf(references.rules)) collect({ into: rules, id: textOf(rule.id), text: textOf(rule.name), email });
  }
  return {
    records: [...records.values()].map(({ id, text, emails }) => ({ id, label: text, assignees: emails })),
    rules: [...rules.values()].map(({ id, text, emails }) => ({ id, name: text, recipients: emails })),
  };
}

/** Emails typed into one field, separated by semicolons, commas or spaces. */
const emailsOf = ({ form, name }: { form: FormData; name: string }) =>
  fieldOf({ form, name })
    .split(/[;,\s]+/)
    .filter(Boolean);

export const projectReferencesActions: Actions = {
  createRecord: apiFormAction({
    run: ({ api, form, params }) =>
      api.records.create.mutate({ tenantId: params.tenantId!, projectId: params.projectId!, assigneeEmail: fieldOf({ form, name: 'assigneeEmail' }).trim() || null }),
    answer: ({ form }) => ({ done: `A record was created for ${fieldOf({ form, name: 'assigneeEmail' }).trim() || 'nobody'}.` }),
  }),
  assignRecord: apiFormAction({
    run: ({ api, form, params }) =>
      api.records.assign.mutate({
        tenantId: params.tenantId!,
        projectId: params.projectId!,
        recordId: fieldOf({ form, name: 'recordId' }),
        email: fieldOf({ form, name: 'email' }).trim() || null,
      }),
    answer: ({ form }) => ({ done: `The record is now assigned to ${fieldOf({ form, name: 'email' }).trim() || 'nobody'}.` }),
  }),
  createRule: apiFormAction({
    run: ({ api, form, params }) =>
      api.communicationRules.create.mutate({
        tenantId: params.tenantId!,
        projectId: params.projectId!,
        name: fieldOf({ form, name: 'name' }).trim(),
        recipients: emailsOf({ form, name: 'recipients' }),
      }),
    answer: ({ form }) => ({ done: `Rule “${fieldOf({ form, name: 'name' }).trim()}” was created.` }),
  }),
  deleteRule: apiFormAction({
    run: ({ api, form, params }) =>
      api.communicationRules.delete.mutate({ tenantId: params.tenantId!, projectId: params.projectId!, ruleId: fieldOf({ form, name: 'ruleId' }) }),
    answer: ({ form }) => ({ done: `Rule “${fieldOf({ form, name: 'name' })}” was deleted.` }),
  }),
};
