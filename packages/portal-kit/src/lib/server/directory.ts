/**
 * The portal's directory endpoint, called by the Add Members search as the user types
 * (R5, R6). Refusals such as LOOKUP_DISABLED come back as JSON with the message in words.
 */
import { json, type RequestHandler } from '@sveltejs/kit';
import { describeProblem, unreachableSentence, UNREACHABLE } from '../problem.js';
import type { PortalLocals } from './hooks.js';
import { statusOf, toProblem } from './to-problem.js';

export const directoryEndpoint: RequestHandler = async ({ locals, params, url }) => {
  const { api } = locals as PortalLocals;
  const tenantId = params.tenantId!;
  const q = url.searchParams.get('q') ?? '';
  const what = url.searchParams.get('what') ?? 'users';
  try {
    if (what === 'group-members') {
      const groupId = url.searchParams.get('groupId') ?? '';
      const { group, members } = await api.directory.groupMembers.query({ tenantId, groupId });
      return json({ email: group.email, members: members.map(({ name, email }) => ({ name, email })) });
    }
    const options =
      what === 'groups'
        ? (await api.directory.searchGroups.query({ tenantId, q })).items.map((group) => ({
            value: group.id,
            label: group.name,
            description: group.email ?? '',
          }))
        : (await api.directory.searchUsers.query({ tenantId, q })).items.map((user) => ({ value: user.email, label: user.name, description: user.email }));
    return json({ options });
  } catch (caught) {
    const problem = toProblem({ error: caught });
    // A search has nothing to save: it only says why there are no results, and when to look again.
    const message = problem.code === UNREACHABLE ? `${unreachableSentence({})} Search again in a moment.` : describeProblem({ problem });
    return json({ problem: { ...problem, message } }, { status: statusOf({ problem }) });
  }
};
