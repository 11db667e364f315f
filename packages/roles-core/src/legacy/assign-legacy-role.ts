/** R21: give a user one legacy role, replacing the one they hold; shared by invite and change-role. */
import type { Effect } from '../model/effect.js';
import { LEGACY_ROLE_IDS, type LegacyModel, type LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import type { ActorAccess } from '../planners/actor-access.js';
import { auditEffect } from '../planners/audit-effect.js';
import { refuseEscalation } from '../planners/guards/refuse-escalation.js';
import { refuseSelfRemoval } from '../planners/guards/refuse-self-removal.js';
import { findUserByEmail, isUserInTenant, legacyRolesOf as storedLegacyRolesOf } from '../planners/tenant-queries.js';
import { refuseLastLegacyAdministrator } from './refuse-last-legacy-administrator.js';

export function legacyRolesOf({ state, userId }: { state: TenantState; userId: string | undefined }): LegacyRoleId[] {
  return userId === undefined ? [] : storedLegacyRolesOf({ state, userId });
}

export function assignLegacyRole({
  legacy,
  state,
  actor,
  access,
  email,
  role,
}: {
  legacy: LegacyModel<string, string, string>;
  state: TenantState;
  actor: Actor;
  access: ActorAccess;
  email: string;
  role: LegacyRoleId;
}): { effects: Effect[]; invited: boolean } | Refusal {
  if (!LEGACY_ROLE_IDS.includes(role)) return { code: 'VALIDATION', message: `Unknown legacy role "${String(role)}".` };
  const definition = legacy.roles[role];
  const escalation = refuseEscalation({ access, permissions: definition.permissions, roleLabel: definition.label });
  if (escalation) return escalation;
  const user = findUserByEmail({ state, email });
  const current = legacyRolesOf({ state, userId: user?.id });
  if (current.length === 1 && current[0] === role) return { effects: [], invited: false };
  if (user && current.length > 0) {
    const refusal =
      refuseSelfRemoval({ actor, userId: user.id }) ??
      (role === legacy.userManagementRole
        ? undefined
        : refuseLastLegacyAdministrator({ state, userId: user.id, userManagementRole: legacy.userManagementRole }));
    if (refusal) return refusal;
  }
  const isNew = !user || !isUserInTenant({ state, userId: user.id });
  const effects: Effect[] = [
    ...current.filter((held) => held !== role).map((held): Effect => ({ type: 'revoke-legacy-role', email, role: held })),
    { type: 'grant-legacy-role', email, role },
    ...(isNew ? [{ type: 'send-invitation', email, invitedBy: actor } as const] : []),
    auditEffect({
      action: isNew ? 'legacy-role.invited' : 'legacy-role.changed',
      target: `user:${email}`,
      before: { roles: current },
      after: { roles: [role] },
    }),
  ];
  return { effects, invited: isNew };
}
