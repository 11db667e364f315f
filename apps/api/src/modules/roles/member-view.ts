import type { PrincipalKind, TenantState } from '@loome/roles-core';

export type MemberStatus = 'User' | 'User Invitation';

/** How a principal is shown in a role's member list. */
export interface MemberView {
  principalId: string;
  kind: PrincipalKind;
  email: string | null;
  name: string;
  /** For users: `User Invitation` until their first sign-in (R3, R4); null for groups and keys. */
  status: MemberStatus | null;
}

export function memberViewOf({ state, principalId, kind }: { state: TenantState; principalId: string; kind: PrincipalKind }): MemberView {
  if (kind === 'user') {
    const user = state.users.find((candidate) => candidate.id === principalId);
    return {
      principalId,
      kind,
      email: user?.email ?? null,
      name: user?.name ?? principalId,
      status: user?.hasSignedIn ? 'User' : 'User Invitation',
    };
  }
  if (kind === 'group') {
    const group = state.groups.find((candidate) => candidate.id === principalId);
    return { principalId, kind, email: group?.email ?? null, name: group?.name ?? principalId, status: null };
  }
  const key = state.apiKeys.find((candidate) => candidate.id === principalId);
  return { principalId, kind, email: null, name: key?.description ?? principalId, status: null };
}

/** Sorted by name then id; `q` matches name or email, case-insensitively. */
export function filterAndSortMembers({ members, q }: { members: MemberView[]; q?: string }): MemberView[] {
  const needle = q?.trim().toLowerCase();
  const matching = needle
    ? members.filter((member) => member.name.toLowerCase().includes(needle) || (member.email ?? '').includes(needle))
    : members;
  return matching.sort((a, b) => compare(sortKeyOf(a), sortKeyOf(b)) || compare(a.principalId, b.principalId));
}

export function sortKeyOf(member: MemberView): string {
  return member.name.toLowerCase();
}

/** Code-unit order, the same order the keyset cursor compares with. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
