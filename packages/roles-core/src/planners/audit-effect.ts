import type { Effect } from '../model/effect.js';

type AuditEffect = Extract<Effect, { type: 'audit' }>;

/** R24: every change is recorded with what it touched and the state before and after. */
export function auditEffect({ action, target, before, after }: Omit<AuditEffect, 'type'>): AuditEffect {
  return { type: 'audit', action, target, before, after };
}
