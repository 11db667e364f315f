/** The About view's data (R23): who I am here, my roles, and why I hold each permission. */
import type { MeView, PermissionReasonView } from '../me-view.js';
import { itemsOf, textOf } from './normalize.js';

type Loose = Record<string, unknown>;

/** One reason in words; the API words it, this only falls back to the kind of grant. */
export function describeReason(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const reason = (raw ?? {}) as Loose;
  if (typeof reason.text === 'string') return reason.text;
  const source = (reason.source ?? {}) as Loose;
  return [textOf(source.kind), textOf(source.role)].filter(Boolean).join(' ');
}

function permissionsOf({ raw, projectId, projectName }: { raw: unknown; projectId: string | null; projectName: string | null }): PermissionReasonView[] {
  return itemsOf(raw).map((entry) => ({
    permission: textOf(entry.permission ?? entry.id),
    label: textOf(entry.label, textOf(entry.permission)),
    projectId,
    projectName,
    reasons: itemsOf(entry.reasons).map(describeReason),
  }));
}

/** The roles behind the reasons, each once: "administrator", "administrator (group Analysts)". */
function rolesOf({ permissions, rawProjects }: { permissions: Loose[]; rawProjects: Loose[] }) {
  const applicationRoles = new Set<string>();
  const projectRoles = new Map<string, { projectId: string; projectName: string; role: string }>();
  const visit = (reasons: unknown, projectName: string | null) => {
    for (const reason of itemsOf(reasons)) {
      const source = (reason.source ?? {}) as Loose;
      const group = source.group ? ` (through group ${textOf((source.group as Loose).name)})` : '';
      if (source.kind === 'application-role' || source.kind === 'legacy-role') applicationRoles.add(`${textOf(source.role)}${group}`);
      if (source.kind === 'api-key-policy') applicationRoles.add(`${textOf(source.actsAs)} (API-key policy)`);
      if (source.kind === 'project-role' || source.kind === 'limited-member') {
        const projectId = textOf(source.projectId);
        const role = `${textOf(source.role)}${group}`;
        projectRoles.set(`${projectId}:${role}`, { projectId, projectName: projectName ?? projectId, role });
      }
    }
  };
  for (const entry of permissions) visit(entry.reasons, null);
  for (const project of rawProjects) for (const entry of itemsOf(project.permissions)) visit(entry.reasons, textOf(project.projectName, textOf(project.projectId)));
  return { applicationRoles: [...applicationRoles], projectRoles: [...projectRoles.values()] };
}

export function normalizeMe(raw: unknown): MeView {
  const me = (raw ?? {}) as Loose;
  const principal = (me.principal ?? {}) as Loose;
  const rawProjects = itemsOf(me.projects);
  return {
    kind: textOf(principal.kind, 'user'),
    name: textOf(principal.email ?? principal.name ?? principal.id),
    ...rolesOf({ permissions: itemsOf(me.permissions), rawProjects }),
    permissions: [
      ...permissionsOf({ raw: me.permissions, projectId: null, projectName: null }),
      ...rawProjects.flatMap((project) =>
        permissionsOf({
          raw: project.permissions,
          projectId: textOf(project.projectId),
          projectName: textOf(project.projectName, textOf(project.projectId)),
        }),
      ),
    ],
  };
}
