/**
 * Limited Members (R17): derived from records and communication rules, each listed with
 * what keeps them. Removing one is asked of the API like any project member; while
 * references remain it answers LIMITED_MEMBER_REFERENCED with those references.
 */
import { answerRemoved, apiFormAction, fieldOf, itemsOf, loadFromApi, textOf, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';
import type { Actions } from '@sveltejs/kit';

export interface LimitedMemberView {
  principalId: string;
  name: string;
  email: string;
  projectId: string;
  projectName: string;
  records: { id: string; label: string }[];
  rules: { id: string; name: string }[];
}

export async function loadLimitedMembers({ locals, params, cookies, url }: PageEvent): Promise<{ limitedMembers: LimitedMemberView[] }> {
  const { api } = locals as PortalLocals;
  const raw = await loadFromApi({ cookies, url, run: () => api.limitedMembers.list.query({ tenantId: params.tenantId! }) });
  return {
    limitedMembers: itemsOf(raw).map((entry) => {
      const project = (entry.project ?? {}) as Record<string, unknown>;
      const references = (entry.references ?? {}) as Record<string, unknown>;
      return {
        principalId: textOf(entry.principalId),
        name: textOf(entry.name, textOf(entry.email)),
        email: textOf(entry.email),
        projectId: textOf(project.id),
        projectName: textOf(project.name, textOf(project.id)),
        records: itemsOf(references.records).map((record) => ({ id: textOf(record.id), label: textOf(record.label, textOf(record.id)) })),
        rules: itemsOf(references.rules).map((rule) => ({ id: textOf(rule.id), name: textOf(rule.name) })),
      };
    }),
  };
}

export const limitedMembersActions: Actions = {
  remove: apiFormAction({
    run: ({ api, form, params }) =>
      api.projects.removeMember.mutate({
        tenantId: params.tenantId!,
        projectId: fieldOf({ form, name: 'projectId' }),
        role: fieldOf({ form, name: 'role' }),
        principalId: fieldOf({ form, name: 'principalId' }),
      }),
    answer: answerRemoved,
  }),
};
