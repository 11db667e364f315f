import type { PrincipalSelector } from '@loome/roles-core';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import type { CheckInput } from './schemas/check.schema.js';

export interface CheckAnswer {
  allowed: boolean;
  reason: string;
}

/** Enough for every distinct question a busy client asks between two changes of its tenant. */
const LIMIT = 100_000;

const byContext = new WeakMap<TenantContext, Map<string, CheckAnswer>>();

/**
 * A batch's answers, remembered per compiled tenant: clients ask the same questions again and
 * again, and an answer depends only on the compiled state, so it lives exactly as long as that
 * state does (any change to the tenant builds a new context). The caller is authorized before.
 */
export function rememberedAnswer({
  context,
  selector,
  check,
  answer,
}: {
  context: TenantContext;
  selector: PrincipalSelector;
  check: CheckInput;
  answer: () => CheckAnswer;
}): CheckAnswer {
  let answers = byContext.get(context);
  if (!answers) byContext.set(context, (answers = new Map()));
  const who = selector.principalId !== undefined ? `i${selector.principalId}` : `e${selector.email ?? ''}`;
  const key = `${who}\u0000${check.permission}\u0000${check.projectId ?? ''}\u0000${check.recordId ?? ''}`;
  let known = answers.get(key);
  if (!known) {
    known = answer();
    if (answers.size >= LIMIT) answers.clear();
    answers.set(key, known);
  }
  return known;
}
