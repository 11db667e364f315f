/**
 * A form action that asks the API for one change: every action reads its form, calls one
 * procedure with the tenant of the page, and answers the page either with what happened
 * or with the refusal as `form.problem` (through actOnApi).
 */
import type { Action } from '@sveltejs/kit';
import type { ApiClient } from './api-client.js';
import { actOnApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';

export interface FormCall {
  api: ApiClient;
  form: FormData;
  params: Partial<Record<string, string>>;
}

/** A form field as text; a missing field (or a file) reads as an empty string, which the API refuses in words. */
export function fieldOf({ form, name }: { form: FormData; name: string }): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function apiFormAction<T>({
  run,
  answer,
}: {
  run: (call: FormCall) => Promise<T>;
  answer: (done: { form: FormData; result: T }) => Record<string, unknown>;
}): Action {
  return async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const outcome = await actOnApi({ cookies, url, run: () => run({ api, form, params }) });
    return 'ok' in outcome ? answer({ form, result: outcome.result }) : outcome;
  };
}

/** The answer of every removal: the name the page showed, for its message. */
export const answerRemoved = ({ form }: { form: FormData }) => ({ removed: fieldOf({ form, name: 'name' }) });
