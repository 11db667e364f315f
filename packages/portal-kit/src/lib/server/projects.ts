/** Projects list (R16, R19) and one project's members by project role (R16, R16a, R17). */
import type { Actions } from '@sveltejs/kit';
import type { MemberView } from '../types.js';
import { actOnApi, loadFromApi } from './call-api.js';
import type { PortalLocals } from './hooks.js';
import { parseMemberForm } from './member-form.js';
import { itemsOf, normalizeApiKeys, normalizeMembers, textOf } from './normalize.js';
import type { PageEvent } from './page-event.js';

export interface ProjectView {
  id: string;
  name: string;
  myRole: string | null;
}

export interface ProjectRoleMembersView {
  role: string;
  members: MemberView[];
}

export async function loadProjects({ locals, params, cookies, url }: PageEvent): Promise<{ projects: ProjectView[] }> {
  const { api } = locals as PortalLocals;
  const raw = await loadFromApi({ cookies, url, run: () => api.projects.list.query({ tenantId: params.tenantId! }) });
  return {
    projects: itemsOf(raw).map((project) => ({
      id: textOf(project.id),
      name: textOf(project.name),
      myRole: typeof project.myRole === 'string' ? project.myRole : null,
    })),
  };
}

export const projectsActions: Actions = {
  createProject: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const name = String((await request.formData()).get('name') ?? '').trim();
    const outcome = await actOnApi({ cookies, url, run: () => api.projects.create.mutate({ tenantId: params.tenantId!, name }) });
    return 'ok' in outcome ? { created: name } : outcome;
  },
};

export async function loadProjectMembers({ locals, params, cookies, url }: PageEvent) {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const projectId = params.projectId!;
  const [projectsRaw, membersRaw] = await Promise.all([
    loadFromApi({ cookies, url, run: () => api.projects.list.query({ tenantId }) }),
    loadFromApi({ cookies, url, run: () => api.projects.members.query({ tenantId, projectId }) }),
  ]);
  const project = itemsOf(projectsRaw).find((candidate) => candidate.id === projectId);
  const roles = itemsOf((membersRaw as Record<string, unknown>)?.roles ?? membersRaw).map((entry) => ({
    role: textOf(entry.role ?? entry.id ?? entry.roleId),
    members: normalizeMembers(entry.members),
  }));
  const apiKeys = await api.apiKeys.list.query({ tenantId }).then(normalizeApiKeys).catch(() => []);
  return { project: { id: projectId, name: textOf(project?.name, projectId) }, roles, apiKeys };
}

export const projectMembersActions: Actions = {
  addMembers: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const role = String(form.get('roleId') ?? '');
    const outcome = await actOnApi({
      cookies,
      url,
      run: () => api.projects.addMembers.mutate({ tenantId: params.tenantId!, projectId: params.projectId!, role, ...parseMemberForm({ form }) }),
    });
    return 'ok' in outcome ? { added: outcome.result } : outcome;
  },
  removeMember: async ({ request, locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const form = await request.formData();
    const outcome = await actOnApi({
      cookies,
      url,
      run: () =>
        api.projects.removeMember.mutate({
          tenantId: params.tenantId!,
          projectId: params.projectId!,
          role: String(form.get('roleId') ?? ''),
          principalId: String(form.get('principalId') ?? ''),
        }),
    });
    return 'ok' in outcome ? { removed: String(form.get('name') ?? '') } : outcome;
  },
};
