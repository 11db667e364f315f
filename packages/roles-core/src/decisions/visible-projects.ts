import type { TenantDecisions } from './tenant-decisions.js';

/**
 * R19: projects a principal sees. A permission held tenant-wide without a consumer scope shows
 * every project; otherwise only projects where the decisions place a permission of theirs.
 */
export function visibleProjectIds({ decisions, principalId }: { decisions: TenantDecisions; principalId: string }): Set<string> | 'all' {
  const held = decisions.effectivePermissions({ principalId });
  const tenantWide = held.tenant.some((permission) => permission.reasons.some((reason) => reason.scope.kind === 'tenant'));
  if (tenantWide) return 'all';
  return new Set(held.projects.map((project) => project.projectId));
}
