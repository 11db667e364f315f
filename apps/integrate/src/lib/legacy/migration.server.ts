/** Legacy migration (R22): a dry run listing every user's gains and losses, applied only when asked. */
import { actOnApi, fieldOf, loadFromApi, type ApiOutputs, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import { redirect, type Actions } from '@sveltejs/kit';

export interface MigrationLineView {
  email: string;
  from: string;
  to: string;
  gains: string[];
  losses: string[];
}

type ReportLine = ApiOutputs['legacy']['migrate']['report'][number];

/** "Run jobs on demand", or "Run jobs (on Finance)" for a permission that holds on one project only. */
function describeChanges({ changes, placeNames }: { changes: ReportLine['gains']; placeNames: Map<string, string> }): string[] {
  return changes.map(({ label, projectId }) => (projectId ? `${label} (on ${placeNames.get(projectId) ?? projectId})` : label));
}

function describeTarget({ line, placeNames }: { line: ReportLine; placeNames: Map<string, string> }): string {
  const projectRoles = line.projectRoles.map((grant) => `${grant.role} of ${placeNames.get(grant.projectId) ?? grant.projectId}`);
  return [line.applicationRole, ...projectRoles].join(', ');
}

export async function loadMigrationDryRun({ locals, params, cookies, url }: PageEvent): Promise<{ lines: MigrationLineView[]; reportFingerprint: string }> {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const [answer, users] = await Promise.all([
    loadFromApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId, dryRun: true }) }),
    loadFromApi({ cookies, url, run: () => api.legacy.users.query({ tenantId }) }),
  ]);
  // Departments become projects with the department's id, so their names label the changes; the
  // answer lists every department, members or not.
  const departments = [...answer.departments, ...users.items.flatMap((user) => user.departments)];
  const placeNames = new Map(departments.map((department) => [department.id, department.name] as const));
  return {
    // Sent back with Apply: the API refuses it if access changed after this report was shown (R22).
    reportFingerprint: answer.reportFingerprint,
    lines: answer.report.map((line) => ({
      email: line.email,
      from: line.legacyRoles.join(', '),
      to: describeTarget({ line, placeNames }),
      gains: describeChanges({ changes: line.gains, placeNames }),
      losses: describeChanges({ changes: line.losses, placeNames }),
    })),
  };
}

export const migrationActions: Actions = {
  apply: async ({ locals, params, cookies, url, request }) => {
    const { api } = locals;
    const expectedReport = fieldOf({ form: await request.formData(), name: 'expectedReport' }) || undefined;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId: params.tenantId!, dryRun: false, expectedReport }) });
    if (!('ok' in outcome)) return outcome;
    redirect(303, `/t/${params.tenantId}/roles?migrated=1`);
  },
};
