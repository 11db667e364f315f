/** Legacy migration (R22): a dry run listing every user's gains and losses, applied only when asked. */
import { actOnApi, fieldOf, itemsOf, loadFromApi, textOf, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import { redirect, type Actions } from '@sveltejs/kit';

export interface MigrationLineView {
  email: string;
  from: string;
  to: string;
  gains: string[];
  losses: string[];
}

type Loose = Record<string, unknown>;

/** "Run jobs on demand", or "Run jobs (on Finance)" for a permission that holds on one project only. */
function describeChanges({ raw, placeNames }: { raw: unknown; placeNames: Map<string, string> }): string[] {
  return itemsOf(raw).map((change) => {
    const label = textOf(change.label, textOf(change.permission));
    const projectId = typeof change.projectId === 'string' ? change.projectId : null;
    return projectId ? `${label} (on ${placeNames.get(projectId) ?? projectId})` : label;
  });
}

function describeTarget({ line, placeNames }: { line: Loose; placeNames: Map<string, string> }): string {
  const projectRoles = itemsOf(line.projectRoles).map((grant) => `${textOf(grant.role)} of ${placeNames.get(textOf(grant.projectId)) ?? textOf(grant.projectId)}`);
  return [textOf(line.applicationRole), ...projectRoles].filter(Boolean).join(', ');
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
  const departments = [...itemsOf((answer as Loose).departments), ...itemsOf(users).flatMap((user) => itemsOf(user.departments))];
  const placeNames = new Map(departments.map((department) => [textOf(department.id), textOf(department.name)] as const));
  return {
    // Sent back with Apply: the API refuses it if access changed after this report was shown (R22).
    reportFingerprint: textOf((answer as Loose).reportFingerprint),
    lines: itemsOf((answer as Loose).report).map((line) => ({
      email: textOf(line.email),
      from: (Array.isArray(line.legacyRoles) ? (line.legacyRoles as string[]) : []).join(', '),
      to: describeTarget({ line, placeNames }),
      gains: describeChanges({ raw: line.gains, placeNames }),
      losses: describeChanges({ raw: line.losses, placeNames }),
    })),
  };
}

export const migrationActions: Actions = {
  apply: async ({ locals, params, cookies, url, request }) => {
    const { api } = locals as PortalLocals;
    const expectedReport = fieldOf({ form: await request.formData(), name: 'expectedReport' }) || undefined;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId: params.tenantId!, dryRun: false, expectedReport }) });
    if (!('ok' in outcome)) return outcome;
    redirect(303, `/t/${params.tenantId}/roles?migrated=1`);
  },
};
