/**
 * Results records and communication rules of one project (R17), listed in full from the API's
 * paged lists: a record's assignee and a rule's recipients are who it makes a Limited Member.
 */
import type { Actions } from '@sveltejs/kit';
import { recordDescription, shortId } from '../record-words.js';
import type { ProjectReferencesView } from '../types.js';
import { apiFormAction, fieldOf } from './form-action.js';
import type { PortalLocals } from './hooks.js';
import type { PageEvent } from './page-event.js';

export type { ProjectReferencesView };

/** The API's largest page; a project's section shows every record and rule, so it walks them all. */
const PAGE_SIZE = 200;

async function everyItem<T>({ fetchPage }: { fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }> }): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export async function loadProjectReferences({ locals, params }: PageEvent): Promise<ProjectReferencesView> {
  const { api } = locals as PortalLocals;
  const where = { tenantId: params.tenantId!, projectId: params.projectId!, limit: PAGE_SIZE };
  // Readers other than the project's writers see only their own records and no rules (R19);
  // a refusal leaves the section empty rather than failing the members page around it.
  const [records, rules] = await Promise.all([
    everyItem({ fetchPage: (cursor) => api.records.list.query({ ...where, cursor }) }).catch(() => []),
    everyItem({ fetchPage: (cursor) => api.communicationRules.list.query({ ...where, cursor }) }).catch(() => []),
  ]);
  const ruleNames = new Map(rules.map((rule) => [rule.id, rule.name]));
  return {
    records: records.map((record) => {
      // A deleted rule's records keep its id (rule ids are never reused), and are emailed to nobody.
      const rule = record.ruleId ? (ruleNames.get(record.ruleId) ?? 'a deleted rule') : null;
      const assignee = record.assignee ? { name: record.assignee.name || record.assignee.email, email: record.assignee.email } : null;
      return {
        id: record.id,
        label: recordDescription({ assignee: assignee?.name ?? null, ruleName: record.ruleId ? (ruleNames.get(record.ruleId) ?? null) : null }),
        shortId: shortId({ id: record.id }),
        assignee,
        rule,
      };
    }),
    rules: rules.map((rule) => ({ id: rule.id, name: rule.name, recipients: rule.recipients.map((person) => person.email) })),
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
      api.records.create.mutate({
        tenantId: params.tenantId!,
        projectId: params.projectId!,
        assigneeEmail: fieldOf({ form, name: 'assigneeEmail' }).trim() || null,
        // Contract "Monitor records and rules": the rule whose recipients see the record, if one is picked.
        ruleId: fieldOf({ form, name: 'ruleId' }) || null,
      }),
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
