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

/**
 * Every role held, each once: "administrator", "administrator (through group Analysts)". The API
 * lists them (`roles`), even one that carries nothing outside its scope yet (Contract "Scoped permissions").
 */
function rolesOf({ rawRoles, rawProjects }: { rawRoles: Loose[]; rawProjects: Loose[] }) {
  const applicationRoles = new Set<string>();
  const projectRoles = new Map<string, { projectId: string; projectName: string; role: string }>();
  const projectNames = new Map(rawProjects.map((project) => [textOf(project.projectId), textOf(project.projectName, textOf(project.projectId))]));
  for (const held of rawRoles) {
    const source = (held.source ?? {}) as Loose;
    const group = source.group ? ` (through group ${textOf((source.group as Loose).name)})` : '';
    if (source.kind === 'application-role' || source.kind === 'legacy-role') applicationRoles.add(`${textOf(source.role)}${group}`);
    if (source.kind === 'api-key-policy') applicationRoles.add(`${textOf(source.actsAs)} (API-key policy)`);
    if (source.kind === 'project-role' || source.kind === 'limited-member') {
      const projectId = textOf(source.projectId);
      const role = `${textOf(source.role)}${group}`;
      projectRoles.set(`${projectId}:${role}`, { projectId, projectName: projectNames.get(projectId) ?? projectId, role });
    }
  }
  return { applicationRoles: [...applicationRoles], projectRoles: [...projectRoles.values()] };
}

export function normalizeMe(raw: unknown): MeView {
  const me = (raw ?? {}) as Loose;
  const principal = (me.principal ?? {}) as Loose;
  const rawProjects = itemsOf(me.projects);
  return {
    kind: textOf(principal.kind, 'user'),
    name: textOf(principal.email ?? principal.name ?? principal.id),
    ...rolesOf({ rawRoles: itemsOf(me.roles), rawProjects }),
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
