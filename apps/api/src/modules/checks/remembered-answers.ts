import type { PrincipalSelector } from '@loome/roles-core';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import type { CheckInput } from './schemas/check.schema.js';

export interface CheckAnswer {
  allowed: boolean;
  reason: string;
}

/** Enough for every distinct question a busy client asks between two changes of its tenant. */
const LIMIT = 100_000;

const byContext = new WeakMap<TenantContext, RememberedAnswers>();

/**
 * A tenant's answers, remembered per compiled tenant: clients ask the same questions again and
 * again, and an answer depends only on the compiled state, so it lives exactly as long as that
 * state does (any change to the tenant builds a new context). The caller is authorized before.
 * One key a question, its parts joined by NUL (which no validated input holds): three nested
 * maps cost three lookups that mostly missed the processor's caches under load.
 */
export class RememberedAnswers {
  private readonly answers = new Map<string, CheckAnswer>();

  static of({ context }: { context: TenantContext }): RememberedAnswers {
    let remembered = byContext.get(context);
    if (!remembered) byContext.set(context, (remembered = new RememberedAnswers()));
    return remembered;
  }

  answer({
    selector,
    check,
    compute,
  }: {
    selector: PrincipalSelector;
    check: CheckInput;
    compute: (selector: PrincipalSelector, check: CheckInput) => CheckAnswer;
  }): CheckAnswer {
    const who = selector.principalId !== undefined ? `i${selector.principalId}` : `e${selector.email ?? ''}`;
    const key = `${who}\u0000${check.permission}\u0000${check.projectId ?? ''}\u0000${check.recordId ?? ''}`;
    const known = this.answers.get(key);
    if (known) return known;
    const fresh = compute(selector, check);
    if (this.answers.size >= LIMIT) this.answers.clear();
    this.answers.set(key, fresh);
    return fresh;
  }
}
