/**
 * Limited Members (R17): derived from records and communication rules, each listed with what
 * keeps them. Nobody removes one by hand: they leave when those records and rules go, so the
 * page says that, with links to them, instead of offering a removal the API would refuse.
 */
import { loadFromApi, type PageEvent, type PortalLocals } from '@loome/portal-kit/server';

export interface LimitedMemberView {
  principalId: string;
  name: string;
  email: string;
  projectId: string;
  projectName: string;
  /** Records assigned to them in this project: they have no name, so the page counts them. */
  records: { id: string; projectId: string }[];
  rules: { id: string; name: string }[];
}

export async function loadLimitedMembers({ locals, params, cookies, url }: PageEvent): Promise<{ limitedMembers: LimitedMemberView[] }> {
  const { api } = locals as PortalLocals;
  const { items } = await loadFromApi({ cookies, url, run: () => api.limitedMembers.list.query({ tenantId: params.tenantId! }) });
  return {
    limitedMembers: items.map(({ principalId, name, email, project, references }) => ({
      principalId,
      name,
      email,
      projectId: project.id,
      projectName: project.name,
      records: references.records.map((record) => ({ id: record.id, projectId: record.projectId })),
      rules: references.rules.map((rule) => ({ id: rule.id, name: rule.name })),
    })),
  };
}
