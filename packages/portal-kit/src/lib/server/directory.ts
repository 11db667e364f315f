/**
 * The portal's directory endpoint, called by the Add Members search as the user types
 * (R5, R6). Refusals such as LOOKUP_DISABLED come back as JSON with the message in words.
 */
import { json, type RequestHandler } from '@sveltejs/kit';
import { describeProblem } from '../problem.js';
import type { PortalLocals } from './hooks.js';
import { itemsOf, textOf } from './normalize.js';
import { statusOf, toProblem } from './to-problem.js';

export const directoryEndpoint: RequestHandler = async ({ locals, params, url }) => {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const q = url.searchParams.get('q') ?? '';
  const what = url.searchParams.get('what') ?? 'users';
  try {
    if (what === 'group-members') {
      const groupId = url.searchParams.get('groupId') ?? '';
      const raw = (await api.directory.groupMembers.query({ tenantId, groupId })) as Record<string, unknown>;
      const group = (raw?.group ?? raw) as Record<string, unknown>;
      return json({
        email: typeof group?.email === 'string' ? group.email : null,
        members: itemsOf(raw?.members ?? raw).map((member) => ({ name: textOf(member.name), email: textOf(member.email) })),
      });
    }
    const raw = what === 'groups' ? await api.directory.searchGroups.query({ tenantId, q }) : await api.directory.searchUsers.query({ tenantId, q });
    return json({
      options: itemsOf(raw).map((entry) => ({
        value: textOf(what === 'groups' ? entry.id : entry.email),
        label: textOf(entry.name ?? entry.email),
        description: textOf(entry.email),
      })),
    });
  } catch (caught) {
    const problem = toProblem({ error: caught });
    return json({ problem: { ...problem, message: describeProblem({ problem }) } }, { status: statusOf({ problem }) });
  }
};
