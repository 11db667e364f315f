import type { MemberOutcome } from '../model/effect.js';
import type { PlanOutcome, Refusal } from '../model/refusal.js';

/** A member change answers what it did (R3) alongside the effects that do it. */
export type MemberPlanResult = PlanOutcome<MemberOutcome>;

export function emptyOutcome(): MemberOutcome {
  return { added: [], invited: [], moved: [], unchanged: [] };
}

/** A refusal that fits every plan result shape. */
export function refused(refusal: Refusal): { ok: false; refusal: Refusal } {
  return { ok: false, refusal };
}
