/** R22: move a legacy tenant onto the product's current roles — a dry run first, then in one go. */
import type { Effect } from '../model/effect.js';
import type { ApplicationRoleId, LegacyRoleId } from '../model/product-definition.js';
import type { Refusal } from '../model/refusal.js';
import type { Actor, TenantState } from '../model/tenant-state.js';
import { auditEffect } from '../planners/audit-effect.js';
import type { AnyProduct } from '../planners/plan-input.js';
import { legacyRolesOf } from './assign-legacy-role.js';
import { refuseLegacyAction } from './legacy-gate.js';
import { mapLegacyUser, projectIdOfDepartment } from './legacy-mapping.js';
import { permissionChanges, type PermissionChange } from './legacy-permission-changes.js';

export interface MigrationReportEntry {
  email: string;
  legacyRoles: LegacyRoleId[];
  applicationRole: ApplicationRoleId;
  projectRoles: { projectId: string; role: string }[];
  gains: PermissionChange[];
  losses: PermissionChange[];
}

export type MigrationPlanResult =
  | { ok: true; dryRun: boolean; report: MigrationReportEntry[]; effects: Effect[] }
  | { ok: false; refusal: Refusal };

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

function userEffects({ entry }: { entry: MigrationReportEntry }): Effect[] {
  const principal = { kind: 'user', email: entry.email } as const;
  return [
    { type: 'grant-application-role', principal, role: entry.applicationRole },
    ...entry.projectRoles.map(({ projectId, role }): Effect => ({ type: 'grant-project-role', projectId, principal, role })),
    ...entry.legacyRoles.map((role): Effect => ({ type: 'revoke-legacy-role', email: entry.email, role })),
    auditEffect({
      action: 'legacy-migration.user-migrated',
      target: `user:${entry.email}`,
      before: { legacyRoles: entry.legacyRoles },
      after: { applicationRole: entry.applicationRole, projectRoles: entry.projectRoles, losses: entry.losses.map((l) => l.permission) },
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
  const userIds = [...new Set(state.legacyGrants.map((grant) => grant.userId))];
  const report = userIds.flatMap((userId): MigrationReportEntry[] => {
    const user = state.users.find((candidate) => candidate.id === userId);
    if (!user) return [];
    const roles = legacyRolesOf({ state, userId });
    const mapped = mapLegacyUser({ product, state, userId, roles });
    return [{ email: user.email, legacyRoles: roles, ...mapped, ...permissionChanges({ product, state, userId, roles, mapped }) }];
  });
  if (dryRun) return { ok: true, dryRun, report, effects: [] };
  const effects: Effect[] = [
    ...departmentProjects({ state }),
    ...report.flatMap((entry) => userEffects({ entry })),
    { type: 'set-role-model', roleModel: 'current' },
    auditEffect({ action: 'legacy-migration.applied', target: `tenant:${state.tenantId}`, before: { roleModel: 'legacy' }, after: { roleModel: 'current', users: report.length } }),
  ];
  return { ok: true, dryRun, report, effects };
}
