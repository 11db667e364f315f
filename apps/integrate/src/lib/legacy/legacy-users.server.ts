/** Manage Users in a legacy tenant (R21): the four legacy roles, invite with a role, change, remove (R15). */
import {
  apiFormAction,
  buildProductView,
  fieldOf,
  firstRowOf,
  invitationActions,
  LIST_PAGE_SIZE,
  listAddressOf,
  loadFromApi,
  MEMBER_SORTS,
  MEMBER_STATUSES,
  oneOf,
  type ApiOutputs,
  type PageEvent,
  type PortalLocals,
} from '@loome/portal-kit/server';
import type { MemberPageView, MemberView } from '@loome/portal-kit';
import { LEGACY_ROLE_IDS, type LegacyRoleId } from '@loome/roles-core';
import type { Actions } from '@sveltejs/kit';
import { portal } from '$lib/portal.config.js';

type MemberOutcome = ApiOutputs['roles']['addMembers'];

/** A row of Manage Users: a member as every list shows one (with a pending user's invitation, R3) and their one legacy role. */
export type LegacyUserView = MemberView & { role: string };

/** One page of Manage Users; `roleId` is the legacy role it is narrowed to ('' for every role). */
export type LegacyUsersList = Omit<MemberPageView, 'items'> & { items: LegacyUserView[] };

/** The list's state lives in the address (`?role=&q=&status=&sort=&cursor=&trail=`), as every member list's. */
export async function loadLegacyUsers({ locals, params, cookies, url }: PageEvent): Promise<{ list: LegacyUsersList }> {
  const { api } = locals as PortalLocals;
  const { read, ...place } = listAddressOf({ url });
  const role = oneOf(read('role'), LEGACY_ROLE_IDS);
  const status = oneOf(read('status'), MEMBER_STATUSES);
  const sort = oneOf(read('sort'), MEMBER_SORTS) ?? 'name';
  const page = await loadFromApi({
    cookies,
    url,
    run: () =>
      api.legacy.users.query({
        tenantId: params.tenantId!,
        limit: LIST_PAGE_SIZE,
        sort,
        ...(place.q ? { q: place.q } : {}),
        ...(role ? { role } : {}),
        ...(status ? { status } : {}),
        ...(place.cursor ? { cursor: place.cursor } : {}),
      }),
  });
  const state = { ...place, roleId: role ?? '', kind: '' as const, status: status ?? '', sort };
  return {
    list: { ...state, total: page.total, from: firstRowOf(state), nextCursor: page.nextCursor, items: page.items.map(legacyUserViewOf) },
  };
}

function legacyUserViewOf(user: ApiOutputs['legacy']['users']['items'][number]): LegacyUserView {
  return {
    principalId: user.principalId,
    kind: 'user',
    email: user.email,
    name: user.name,
    // A legacy user holds one role; the API lists them as an array.
    role: user.roles[0] ?? '',
    status: user.status,
    invitedAt: user.invitedAt,
    invitedBy: user.invitedBy,
  };
}

const roleOf = ({ form }: { form: FormData }) => fieldOf({ form, name: 'role' }) as LegacyRoleId;
/** A person reads the role's label ("BI Developer"), never its id (issue 17). */
const legacyRoles = buildProductView({ productId: portal.productId }).legacyRoles;
const roleLabelOf = ({ form }: { form: FormData }) => legacyRoles.find((role) => role.id === roleOf({ form }))?.label ?? roleOf({ form });

/** "ada@… was invited as BI User.", "2 were invited as BI User: ada@…, bo@…. cy@… moved from BI User to BI Manager." */
export function invitedSentence({ outcome, role }: { outcome: MemberOutcome; role: string }): string {
  const sentences: string[] = [];
  const { invited, moved, added, unchanged } = outcome;
  if (invited.length === 1) sentences.push(`${invited[0]} was invited as ${role}.`);
  if (invited.length > 1) sentences.push(`${invited.length} were invited as ${role}: ${invited.join(', ')}.`);
  const emailOf = (principal: MemberOutcome['added'][number]) => ('email' in principal ? principal.email : '');
  const others = [...added.map(emailOf), ...new Set(moved.map((entry) => entry.email))].filter(Boolean);
  if (others.length > 0) sentences.push(`${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} now ${role}.`);
  if (unchanged.length > 0) sentences.push(`${unchanged.map(emailOf).join(', ')} already held ${role}.`);
  return sentences.join(' ') || 'Nothing changed.';
}

export const legacyUsersActions: Actions = {
  ...invitationActions,
  // R2, R21: a semicolon list through the legacy role's members route, in one change; bad entries are refused by position.
  invite: apiFormAction({
    run: ({ api, form, params }) =>
      api.roles.addMembers.mutate({ tenantId: params.tenantId!, roleId: roleOf({ form }), kind: 'user', emails: fieldOf({ form, name: 'emails' }) }),
    answer: ({ form, result }) => ({ done: invitedSentence({ outcome: result, role: roleLabelOf({ form }) }) }),
  }),
  changeRole: apiFormAction({
    run: ({ api, form, params }) =>
      api.legacy.changeRole.mutate({ tenantId: params.tenantId!, userId: fieldOf({ form, name: 'userId' }), role: roleOf({ form }) }),
    answer: ({ form }) => ({ done: `${fieldOf({ form, name: 'name' }) || 'The user'} is now ${roleLabelOf({ form })}.` }),
  }),
  remove: apiFormAction({
    run: ({ api, form, params }) => api.legacy.remove.mutate({ tenantId: params.tenantId!, userId: fieldOf({ form, name: 'userId' }) }),
    answer: ({ form }) => ({ done: `${fieldOf({ form, name: 'name' }) || 'The user'} was removed.` }),
  }),
};
