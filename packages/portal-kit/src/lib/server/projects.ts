/** Projects list (R16, R19) and one project's members by project role (R16, R16a, R17). */
import { redirect, type Actions } from '@sveltejs/kit';
import { actOnApi, loadFromApi } from './call-api.js';
import { answerRemoved, apiFormAction, fieldOf } from './form-action.js';
import { invitationActions } from './invitations.js';
import type { PortalLocals } from './hooks.js';
import { parseMemberForm } from './member-form.js';
import { LIST_PAGE_SIZE, listAddressOf, memberPageViewOf, memberQueryOf, memberSearchOf } from './member-page.js';
import { apiKeyViewsOf } from './view-models.js';
import type { PageEvent } from './page-event.js';
import { buildProductView } from './product-view.js';
import { loadProjectReferences, projectReferencesActions } from './project-references.js';
import { loadLookup } from './lookup.js';

export interface ProjectView {
  id: string;
  name: string;
  /** Project role ids the signed-in person holds there, directly, through a group or as a Limited Member. */
  myRoles: string[];
}

export async function loadProjects({ locals, params, cookies, url }: PageEvent): Promise<{ projects: ProjectView[] }> {
  const { api } = locals as PortalLocals;
  const { items } = await loadFromApi({ cookies, url, run: () => api.projects.list.query({ tenantId: params.tenantId! }) });
  return { projects: items.map(({ id, name, myRoles }) => ({ id, name, myRoles })) };
}

export const projectsActions: Actions = {
  createProject: apiFormAction({
    run: ({ api, form, params }) => api.projects.create.mutate({ tenantId: params.tenantId!, name: fieldOf({ form, name: 'name' }).trim() }),
    answer: ({ form }) => ({ created: fieldOf({ form, name: 'name' }).trim() }),
  }),
};

/** The project page's list state in the address: one search over every role, and the page one role is on (`?q=&kind=&status=&sort=&role=&cursor=&trail=`). */
function projectListQueryOf({ url }: { url: URL }) {
  const { read, cursor, trail } = listAddressOf({ url });
  return { search: memberSearchOf({ url }), cursor, trail, pagedRole: read('role') };
}

async function loadMembersByRole({ locals, params, cookies, url }: PageEvent, productId: string) {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const projectId = params.projectId!;
  const { search, pagedRole, cursor, trail } = projectListQueryOf({ url });
  const searched = memberQueryOf(search);
  const [projectsRaw, membersRaw] = await Promise.all([
    loadFromApi({ cookies, url, run: () => api.projects.list.query({ tenantId }) }),
    loadFromApi({ cookies, url, run: () => api.projects.members.query({ tenantId, projectId, limit: LIST_PAGE_SIZE, ...searched }) }),
  ]);
  const project = projectsRaw.items.find((candidate) => candidate.id === projectId);
  const stateOf = (roleId: string, onPage: boolean) => ({
    roleId,
    ...search,
    kind: search.kind ?? ('' as const),
    status: search.status ?? '',
    cursor: onPage ? cursor : null,
    trail: onPage ? trail : [],
  });
  // Without `role` the API answers every project role with its first page of members, and how many match.
  const roles = await Promise.all(
    ('roles' in membersRaw ? membersRaw.roles : []).map(async (entry) => {
      const pageCursor = entry.id === pagedRole ? cursor : null;
      const onPage = pageCursor !== null;
      const page = pageCursor
        ? await loadFromApi({
            cookies,
            url,
            run: () => api.projects.members.query({ tenantId, projectId, role: entry.id, cursor: pageCursor, limit: LIST_PAGE_SIZE, ...searched }),
          })
        : entry.members;
      return { role: entry.id, list: memberPageViewOf({ state: stateOf(entry.id, onPage), page: 'items' in page ? page : entry.members }) };
    }),
  );
  const [apiKeys, lookup] = await Promise.all([
    api.apiKeys.list
      .query({ tenantId })
      .then(apiKeyViewsOf)
      .catch(() => []),
    loadLookup({ api, tenantId, product: buildProductView({ productId }).lookup }),
  ]);
  return { project: { id: projectId, name: project?.name ?? projectId }, roles, search, apiKeys, lookup };
}

/**
 * One project's page: its members by role and, where the product derives Limited Members
 * from references (R17), the records and communication rules that do it.
 */
export function createProjectMembersLoad({ productId }: { productId: string }) {
  const { limitedMembers } = buildProductView({ productId });
  return async (event: PageEvent) => {
    const [members, references] = await Promise.all([loadMembersByRole(event, productId), limitedMembers ? loadProjectReferences(event) : null]);
    return { ...members, references };
  };
}

export const projectMembersActions: Actions = {
  ...projectReferencesActions,
  ...invitationActions,
  renameProject: apiFormAction({
    // The API trims the name and refuses a blank or taken one (CONFLICT) in words.
    run: ({ api, form, params }) =>
      api.projects.rename.mutate({ tenantId: params.tenantId!, projectId: params.projectId!, name: fieldOf({ form, name: 'name' }) }),
    answer: ({ result }) => ({ renamed: result.name }),
  }),
  // The project page has nothing left to show: the projects list does, with the project gone.
  deleteProject: async ({ locals, params, cookies, url }) => {
    const { api } = locals as PortalLocals;
    const outcome = await actOnApi({ cookies, url, run: () => api.projects.delete.mutate({ tenantId: params.tenantId!, projectId: params.projectId! }) });
    if (!('ok' in outcome)) return outcome;
    redirect(303, `/t/${params.tenantId}/projects`);
  },
  addMembers: apiFormAction({
    run: ({ api, form, params }) =>
      api.projects.addMembers.mutate({
        tenantId: params.tenantId!,
        projectId: params.projectId!,
        role: fieldOf({ form, name: 'roleId' }),
        ...parseMemberForm({ form }),
      }),
    answer: ({ result }) => ({ added: result }),
  }),
  removeMember: apiFormAction({
    run: ({ api, form, params }) =>
      api.projects.removeMember.mutate({
        tenantId: params.tenantId!,
        projectId: params.projectId!,
        role: fieldOf({ form, name: 'roleId' }),
        principalId: fieldOf({ form, name: 'principalId' }),
      }),
    answer: answerRemoved,
  }),
};
