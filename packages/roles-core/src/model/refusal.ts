/** Typed refusals a planner answers instead of throwing; the API maps each code to an HTTP status. */
import type { Effect } from './effect.js';

export type RefusalCode =
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CANNOT_REMOVE_SELF'
  | 'LAST_ADMINISTRATOR'
  | 'PEER_GROUP_ADMIN'
  | 'LIMITED_MEMBER_REFERENCED'
  | 'NOT_ASSIGNABLE'
  | 'LOOKUP_DISABLED'
  | 'ESCALATION'
  | 'CONFLICT';

export interface InvalidEntry {
  /** 1-based position in the semicolon list (R2). */
  position: number;
  value: string;
}

export interface BlockingReferences {
  records: { id: string; projectId: string }[];
  rules: { id: string; projectId: string; name: string }[];
}

export type Refusal =
  | { code: 'VALIDATION'; message: string; invalidEntries?: InvalidEntry[] }
  | { code: 'LIMITED_MEMBER_REFERENCED'; message: string; blocking: BlockingReferences }
  | { code: 'ESCALATION'; message: string; missingPermissions: string[] }
  | {
      code: Exclude<RefusalCode, 'VALIDATION' | 'LIMITED_MEMBER_REFERENCED' | 'ESCALATION'>;
      message: string;
    };

export type PlanResult<E> = { ok: true; effects: E[] } | { ok: false; refusal: Refusal };

/** A plan that also answers what it did (R3: who was added, invited, moved). */
export type PlanOutcome<O> = { ok: true; effects: Effect[]; outcome: O } | { ok: false; refusal: Refusal };

export function refuse<E = never>(refusal: Refusal): PlanResult<E> {
  return { ok: false, refusal };
}
