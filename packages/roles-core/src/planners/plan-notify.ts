/** R18: an email notification about a project turns unknown addresses into consumers who can view it. */
import type { Effect } from '../model/effect.js';
import { refuse, type PlanResult } from '../model/refusal.js';
import { accessOf } from './actor-access.js';
import { auditEffect } from './audit-effect.js';
import { parseEmailArray } from './parse-email-list.js';
import type { AnyProduct, PlanInput } from './plan-input.js';
import { refuseProjectMembersChange } from './project-members-gate.js';
import { provisionConsumer } from './provision-consumer.js';
import { refuseEscalation } from './guards/refuse-escalation.js';
import { weakestProjectRole } from './project-role-strength.js';

export interface NotifyRequest {
  projectId: string;
  emails: readonly string[];
}

/** The project role a notified newcomer gets: the weakest assignable one, which only lets them view (Assist: Reader). */
export function viewerProjectRole({ product }: { product: AnyProduct }): string {
  return weakestProjectRole({ product });
}

export function planNotify(input: PlanInput<NotifyRequest>): PlanResult<Effect> {
  const { product, state, actor, request } = input;
  if (!product.projectNotifications) return refuse({ code: 'VALIDATION', message: `${product.name} sends no project notifications.` });
  // Notifying a newcomer adds them to the project, so it is gated like adding members (R16);
  // for Assist that is `projects.manage` or `project.manage` on the project (Contract details).
  const access = accessOf({ product, state, actor });
  const gate = refuseProjectMembersChange({ product, state, access, projectId: request.projectId });
  if (gate) return refuse(gate);
  const parsed = parseEmailArray({ emails: request.emails });
  if (!parsed.ok) return parsed;
  const role = viewerProjectRole({ product });
  const definition = product.projectRoles[role]!;
  const effects: Effect[] = [];
  for (const email of parsed.emails) {
    const provision = provisionConsumer({ product, state, actor, access, email });
    if (!('effects' in provision)) return refuse(provision);
    if (provision.effects.length === 0) continue;
    // R9: the project role a newcomer gets automatically is checked like one given by hand.
    const escalation = refuseEscalation({ access, permissions: definition.permissions, projectId: request.projectId, roleLabel: definition.label });
    if (escalation) return refuse(escalation);
    const principal = { kind: 'user', email } as const;
    effects.push(
      ...provision.effects,
      { type: 'grant-project-role', projectId: request.projectId, principal, role },
      auditEffect({
        action: 'project.member.added',
        target: `user:${email}`,
        before: { projectId: request.projectId, roles: [] },
        after: { projectId: request.projectId, roles: [role] },
      }),
    );
  }
  return { ok: true, effects };
}
