/** Legacy migration (R22): a dry run listing every user's gains and losses, applied only when asked. */
import { actOnApi, buildProductView, fieldOf, loadFromApi, type ApiOutputs, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import type { TenantView } from '@loome/portal-kit';
import type { Actions } from '@sveltejs/kit';
import { portal } from '$lib/portal.config.js';

export interface MigrationLineView {
  email: string;
  from: string;
  to: string;
  gains: string[];
  losses: string[];
}

/** The page: a legacy tenant's dry run, or a tenant that already runs the current model. */
export type MigrationData = { model: 'legacy'; lines: MigrationLineView[]; reportFingerprint: string } | { model: 'current' };

type Migration = ApiOutputs['legacy']['migrate'];
type ReportLine = Migration['report'][number];

// A person reads role labels ("BI Developer", "Consumer", "Owner"), never their ids (issue 17).
const product = buildProductView({ productId: portal.productId });
const labelOf = (roles: { id: string; label: string }[], id: string) => roles.find((role) => role.id === id)?.label ?? id;

/** "Run jobs on demand", or "Run jobs (on Finance)" for a permission that holds on one project only. */
function describeChanges({ changes, placeNames }: { changes: ReportLine['gains']; placeNames: Map<string, string> }): string[] {
  return changes.map(({ label, projectId }) => (projectId ? `${label} (on ${placeNames.get(projectId) ?? projectId})` : label));
}

function describeTarget({ line, placeNames }: { line: ReportLine; placeNames: Map<string, string> }): string {
  const projectRoles = line.projectRoles.map(
    (grant) => `${labelOf(product.projectRoles, grant.role)} of ${placeNames.get(grant.projectId) ?? grant.projectId}`,
  );
  return [labelOf(product.applicationRoles, line.applicationRole), ...projectRoles].join(', ');
}

/**
 * What an applied migration did, in one sentence: how many users moved to which application role,
 * and which departments became projects (R22).
 */
export function describeMigration({ migration }: { migration: Migration }): string {
  const byRole = new Map<string, number>();
  for (const line of migration.report) byRole.set(line.applicationRole, (byRole.get(line.applicationRole) ?? 0) + 1);
  // In the order the Application Roles tabs show them.
  const moved = product.applicationRoles.filter((role) => byRole.has(role.id)).map((role) => `${byRole.get(role.id)} to ${role.label}`);
  const users = migration.report.length === 1 ? '1 user' : `${migration.report.length} users`;
  const departments = migration.departments.map((department) => department.name);
  const projects =
    departments.length === 0
      ? ''
      : ` ${departments.length === 1 ? '1 department became a project' : `${departments.length} departments became projects`}: ${departments.join(', ')}.`;
  return `The migration was applied: ${users} moved to application roles${moved.length ? ` (${moved.join(', ')})` : ''}.${projects}`;
}

type MigrationEvent = PageEvent & { parent: () => Promise<{ tenant: TenantView | null }> };

export async function loadMigrationDryRun({ locals, params, cookies, url, parent }: MigrationEvent): Promise<MigrationData> {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  // Once applied, there is nothing left to dry-run: the page says the tenant runs the current model.
  if ((await parent()).tenant?.roleModel !== 'legacy') return { model: 'current' };
  const [answer, users] = await Promise.all([
    loadFromApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId, dryRun: true }) }),
    loadFromApi({ cookies, url, run: () => api.legacy.users.query({ tenantId }) }),
  ]);
  // Departments become projects with the department's id, so their names label the changes; the
  // answer lists every department, members or not.
  const departments = [...answer.departments, ...users.items.flatMap((user) => user.departments)];
  const placeNames = new Map(departments.map((department) => [department.id, department.name] as const));
  return {
    model: 'legacy',
    // Sent back with Apply: the API refuses it if access changed after this report was shown (R22).
    reportFingerprint: answer.reportFingerprint,
    lines: answer.report.map((line) => ({
      email: line.email,
      from: line.legacyRoles.map((role) => labelOf(product.legacyRoles, role)).join(', '),
      to: describeTarget({ line, placeNames }),
      gains: describeChanges({ changes: line.gains, placeNames }),
      losses: describeChanges({ changes: line.losses, placeNames }),
    })),
  };
}

export const migrationActions: Actions = {
  // The page stays where the person is looking: it says what happened, and reloads as a current-model tenant.
  apply: async ({ locals, params, cookies, url, request }) => {
    const { api } = locals;
    const expectedReport = fieldOf({ form: await request.formData(), name: 'expectedReport' }) || undefined;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId: params.tenantId!, dryRun: false, expectedReport }) });
    if (!('ok' in outcome)) return outcome;
    return { migrated: describeMigration({ migration: outcome.result }) };
  },
};
