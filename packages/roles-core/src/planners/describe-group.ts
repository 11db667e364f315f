/** R6: a group's members, and its email where the directory has one, as the add screen lists them. */
import type { Refusal } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';
import { findGroup } from './tenant-queries.js';

export interface GroupDescription {
  id: string;
  name: string;
  email: string | null;
  memberEmails: string[];
}

export function describeGroup({
  state,
  groupId,
}: {
  state: TenantState;
  groupId: string;
}): { ok: true; group: GroupDescription } | { ok: false; refusal: Refusal } {
  const group = findGroup({ state, groupId });
  if (!group) return { ok: false, refusal: { code: 'NOT_FOUND', message: 'No such group in the directory.' } };
  return { ok: true, group: { id: group.id, name: group.name, email: group.email, memberEmails: [...group.memberEmails].sort() } };
}
