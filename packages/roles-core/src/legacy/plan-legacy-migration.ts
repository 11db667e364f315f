/** R22: move a legacy tenant onto the product's current roles — a dry run first, then in one go. */
import { compileTenant } from '../decisions/index.js';
import type { Effect } from '../model/effect.js';
import type { ApplicationRoleId, LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import { applyEffects } from '../planners/apply-effects.js';
import { auditEffect } from '../planners/audit-effect.js';
import type { AnyProduct } from '../planners/plan-input.js';
import { legacyRolesOf } from './assign-legacy-role.js';
import { refuseLegacyAction } from './legacy-gate.js';
import { mapLegacyUser, projectIdOfDepartment, type MappedAccess } from './legacy-mapping.js';
import { permissionChanges, type PermissionChange } from './legacy-permission-changes.js';

export interface MigrationReportEntry {
  email: string;
  legacyRoles: LegacyRoleId[];
  applicationRole: ApplicationRoleId;
  projectRoles: { projectId: string; role: string }[];
  gains: PermissionChange[];
  losses: PermissionChange[];
}

export type MigrationPlanResult = { ok: true; dryRun: boolean; report: MigrationReportEntry[]; effects: Effect[] } | { ok: false; refusal: Refusal };

interface MigratedUser extends MappedAccess {
  userId: string;
  email: string;
  legacyRoles: LegacyRoleId[];
}

function departmentProjects({ state }: { state: TenantState }): Effect[] {
  return state.departments
    .filter((department) => !state.projects.some((project) => project.departmentId === department.id))
    .map((department): Effect => ({
      type: 'create-project',
      projectId: projectIdOfDepartment({ state, department }),
      name: department.name,
      departmentId: department.id,
    }));
}

function userEffects({ user }: { user: MigratedUser }): Effect[] {
  const principal = { kind: 'user', email: user.email } as const;
  return [
    { type: 'grant-application-role', principal, role: user.applicationRole },
    ...user.projectRoles.map(({ projectId, role }): Effect => ({ type: 'grant-project-role', projectId, principal, role })),
    ...user.legacyRoles.map((role): Effect => ({ type: 'revoke-legacy-role', email: user.email, role })),
    auditEffect({
      action: 'legacy-migration.user-migrated',
      target: `user:${user.email}`,
      before: { legacyRoles: user.legacyRoles },
      after: { applicationRole: user.applicationRole, projectRoles: user.projectRoles },
    }),
  ];
}

/**
 * Every user's gains and losses are listed before anything happens; a dry run (the default)
 * answers no effects at all, so it cannot be applied by mistake.
 */
export function planLegacyMigration({
  product,
  state,
  actor,
  dryRun = true,
}: {
  product: AnyProduct;
  state: TenantState;
  actor: Actor;
  dryRun?: boolean;
}): MigrationPlanResult {
  const gate = refuseLegacyAction({ product, state, actor, action: 'migrate the tenant' });
  if ('refusal' in gate) return { ok: false, refusal: gate.refusal };
  const users = [...new Set(state.legacyGrants.map((grant) => grant.userId))].flatMap((userId): MigratedUser[] => {
    const user = state.users.find((candidate) => candidate.id === userId);
    if (!user) return [];
    const legacyRoles = legacyRolesOf({ state, userId });
    return [{ userId, email: user.email, legacyRoles, ...mapLegacyUser({ product, state, userId, roles: legacyRoles }) }];
  });
  const effects: Effect[] = [
    ...departmentProjects({ state }),
    ...users.flatMap((user) => userEffects({ user })),
    { type: 'set-role-model', roleModel: 'current' },
    auditEffect({
      action: 'legacy-migration.applied',
      target: `tenant:${state.tenantId}`,
      before: { roleModel: 'legacy' },
      after: { roleModel: 'current', users: users.length },
    }),
  ];
  const before = compileTenant({ product, state });
  const after = compileTenant({ product, state: applyEffects({ state, effects }) });
  const report = users.map(({ userId, email, legacyRoles, applicationRole, projectRoles }) => ({
    email,
    legacyRoles,
    applicationRole,
    projectRoles,
    ...permissionChanges({ before, after, userId }),
  }));
  return { ok: true, dryRun, report, effects: dryRun ? [] : effects };
}
