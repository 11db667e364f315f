import type { PrincipalSelector } from '@loome/roles-core';
import type { TenantContext } from '../tenants/tenant-context.service.js';
import type { CheckInput } from './schemas/check.schema.js';

export interface CheckAnswer {
  allowed: boolean;
  reason: string;
}

/** Enough for every distinct question a busy client asks between two changes of its tenant. */
const LIMIT = 100_000;

/** Principal → permission → project and record → answer: nesting spares joining a key per check. */
type Answers = Map<string, Map<string, Map<string, CheckAnswer>>>;

interface Remembered {
  byId: Answers;
  byEmail: Answers;
  size: number;
}

const byContext = new WeakMap<TenantContext, Remembered>();

function lookup<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

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
  let remembered = byContext.get(context);
  if (!remembered) byContext.set(context, (remembered = { byId: new Map(), byEmail: new Map(), size: 0 }));
  const principals = selector.principalId !== undefined ? remembered.byId : remembered.byEmail;
  const who = selector.principalId ?? selector.email ?? '';
  const where = check.recordId === undefined ? (check.projectId ?? '') : `${check.projectId ?? ''}\u0000${check.recordId}`;
  const known = principals.get(who)?.get(check.permission)?.get(where);
  if (known) return known;
  const fresh = answer();
  if (remembered.size >= LIMIT) {
    remembered.byId.clear();
    remembered.byEmail.clear();
    remembered.size = 0;
  }
  lookup(lookup(principals, who, () => new Map()), check.permission, () => new Map<string, CheckAnswer>()).set(where, fresh);
  remembered.size += 1;
  return fresh;
}
