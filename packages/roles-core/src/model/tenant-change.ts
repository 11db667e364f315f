/**
 * What one committed change did to a tenant, in the form every API process applies to the state
 * it holds: the plan's effects as they were written, with the records the database settled
 * (the ids users got, groups as the directory has them). A process that holds the tenant at
 * version N applies the changes N+1, N+2, … in order and holds what a fresh load would give.
 */
import type { Effect } from './effect.js';
import type { GroupRecord, UserRecord } from './tenant-state.js';

/**
 * A directory group's membership change as the emails added and removed (R7): what a SCIM PATCH
 * does to a group, without restating a large group's members. It applies to a group the tenant
 * holds, after the change's `groups`; a tenant that does not hold the group ignores it.
 */
export interface GroupMembersChange {
  groupId: string;
  /** Lower-case. */
  added: readonly string[];
  /** Lower-case. */
  removed: readonly string[];
}

/** A group's members after a membership change: the removed gone, the added after the rest, none twice. */
export function membersAfter({ memberEmails, change }: { memberEmails: readonly string[]; change: GroupMembersChange }): string[] {
  const removed = new Set(change.removed);
  const kept = memberEmails.filter((email) => !removed.has(email.toLowerCase()));
  const present = new Set(kept.map((email) => email.toLowerCase()));
  for (const email of change.added) {
    if (present.has(email)) continue;
    present.add(email);
    kept.push(email);
  }
  return kept;
}

export interface TenantChange {
  /** The plan's effects, in order (audit and mail effects change no state). */
  effects: readonly Effect[];
  /** Every user the effects name by email, and every user whose record changed (sign-in, directory), as stored after the change. */
  users: readonly UserRecord[];
  /** Directory groups as they are after the change: those the effects give a role to, and those whose name or members changed (R7). */
  groups: readonly GroupRecord[];
  /** Directory groups that no longer exist: their grants stay stored but give nothing (R7). */
  removedGroupIds: readonly string[];
  /** Membership changes of directory groups, by member (R7); absent in changes that make none. */
  groupMembers?: readonly GroupMembersChange[];
}
