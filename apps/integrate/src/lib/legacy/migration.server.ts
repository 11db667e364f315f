/** Legacy migration (R22): a dry run listing every user's gains and losses, applied only when asked. */
import { actOnApi, itemsOf, loadFromApi, textOf, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import { redirect, type Actions } from '@sveltejs/kit';

export interface MigrationLineView {
  email: string;
  name: string;
  from: string;
  to: string;
  gains: string[];
  losses: string[];
}

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((entry) => (typeof entry === 'string' ? entry : textOf((entry as Record<string, unknown>).permission ?? (entry as Record<string, unknown>).id))) : [];

const describeTarget = (line: Record<string, unknown>): string => {
  const parts = [textOf(line.applicationRole ?? line.to)];
  for (const grant of itemsOf(line.projectRoles)) parts.push(`${textOf(grant.role)} of ${textOf(grant.projectName ?? grant.projectId ?? grant.departmentName)}`);
  return parts.filter(Boolean).join(', ');
};

export async function loadMigrationDryRun({ locals, params, cookies, url }: PageEvent): Promise<{ lines: MigrationLineView[] }> {
  const { api } = locals as PortalLocals;
  const raw = (await loadFromApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId: params.tenantId!, dryRun: true }) })) as Record<string, unknown>;
  return {
    lines: itemsOf(raw?.users ?? raw?.lines ?? raw).map((line) => ({
      email: textOf(line.email),
      name: textOf(line.name ?? line.email),
      from: textOf(line.legacyRole ?? line.from),
      to: describeTarget(line),
      gains: names(line.gains ?? line.gained),
      losses: names(line.losses ?? line.lost),
    })),
  };
}

export const migrationActions: Actions = {
  apply: async ({ locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const outcome = await actOnApi({ cookies, url, run: () => api.legacy.migrate.mutate({ tenantId: params.tenantId!, dryRun: false }) });
    if (!('ok' in outcome)) return outcome;
    redirect(303, `/t/${params.tenantId}/roles?migrated=1`);
  },
};
