/** Departments of a legacy tenant (R21): create one, say who belongs to it. */
import { apiFormAction, fieldOf, loadFromApi, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import { splitEmailList } from '@loome/roles-core';
import type { Actions } from '@sveltejs/kit';

export interface DepartmentView {
  id: string;
  name: string;
  members: { principalId: string; email: string; name: string }[];
}

export async function loadDepartments({ locals, params, cookies, url }: PageEvent): Promise<{ departments: DepartmentView[] }> {
  const { api } = locals as PortalLocals;
  const { items } = await loadFromApi({ cookies, url, run: () => api.departments.list.query({ tenantId: params.tenantId! }) });
  return { departments: items };
}

export const departmentsActions: Actions = {
  create: apiFormAction({
    run: ({ api, form, params }) => api.departments.create.mutate({ tenantId: params.tenantId!, name: fieldOf({ form, name: 'name' }) }),
    answer: ({ result }) => ({ done: `The department “${result.name}” was created.` }),
  }),
  setMembers: apiFormAction({
    run: ({ api, form, params }) =>
      api.departments.setMembers.mutate({
        tenantId: params.tenantId!,
        departmentId: fieldOf({ form, name: 'departmentId' }),
        // R2's entries as typed: the API refuses bad ones by their position in this list.
        emails: splitEmailList({ text: fieldOf({ form, name: 'emails' }) }),
      }),
    answer: ({ form, result }) => ({
      done: `${fieldOf({ form, name: 'name' }) || 'The department'} now has ${result.emails.length === 1 ? '1 member' : `${result.emails.length} members`}.`,
    }),
  }),
};
