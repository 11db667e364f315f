/**
 * R22: what a user gains and loses when the legacy model is replaced by the mapping, read from
 * the same decisions `check` answers before and after. A permission held tenant-wide is kept
 * only if it stays tenant-wide — surviving inside projects is a loss — and a legacy-only
 * permission with no counterpart is a loss. Nobody silently loses access.
 */
import type { EffectivePermissions, TenantDecisions } from '../decisions/index.js';

export interface PermissionChange {
  permission: string;
  label: string;
  /** `null` for tenant-wide; otherwise the project (a department's id before migration) it holds on. */
  projectId: string | null;
}

function heldOf({ effective }: { effective: EffectivePermissions }): PermissionChange[] {
  return [
    ...effective.tenant.map(({ permission, label }) => ({ permission, label, projectId: null })),
    ...effective.projects.flatMap(({ projectId, permissions }) => permissions.map(({ permission, label }) => ({ permission, label, projectId }))),
  ];
}

function covers({ held, change }: { held: PermissionChange[]; change: PermissionChange }): boolean {
  return held.some((h) => h.permission === change.permission && (h.projectId === null || h.projectId === change.projectId));
}

export function permissionChanges({ before, after, userId }: { before: TenantDecisions; after: TenantDecisions; userId: string }): {
  gains: PermissionChange[];
  losses: PermissionChange[];
} {
  const had = heldOf({ effective: before.effectivePermissions({ principalId: userId }) });
  const has = heldOf({ effective: after.effectivePermissions({ principalId: userId }) });
  return {
    gains: has.filter((change) => !covers({ held: had, change })),
    losses: had.filter((change) => !covers({ held: has, change })),
  };
}
