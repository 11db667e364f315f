import type { GroupRecord } from '@loome/roles-core';

/** What an organization's tenants hold of its directory: the groups, who is a guest (R5), and who is inactive (denied everything). */
export interface DirectorySnapshot {
  groups: readonly GroupRecord[];
  guestEmails: ReadonlySet<string>;
  inactiveEmails: ReadonlySet<string>;
}

/**
 * What a directory replacement changed for the tenants of its organization: the groups that are
 * new or differ (R7: members as the directory says now), the groups gone, and the people whose
 * records the tenants must take again (members of changed groups, guests who became or stopped being
 * one, users who became or stopped being inactive). `DirectoryChangeRecorder` records it.
 */
export function directoryChanges({ before, after }: { before: DirectorySnapshot; after: DirectorySnapshot }): {
  groups: GroupRecord[];
  removedGroupIds: string[];
  emails: string[];
} {
  const previous = new Map(before.groups.map((group) => [group.id, group]));
  const groups = after.groups.filter((group) => !sameGroup(previous.get(group.id), group));
  const kept = new Set(after.groups.map((group) => group.id));
  const removedGroupIds = before.groups.filter((group) => !kept.has(group.id)).map((group) => group.id);
  const emails = new Set(groups.flatMap((group) => group.memberEmails.map((email) => email.toLowerCase())));
  for (const key of ['guestEmails', 'inactiveEmails'] as const) {
    for (const email of after[key]) if (!before[key].has(email)) emails.add(email);
    for (const email of before[key]) if (!after[key].has(email)) emails.add(email);
  }
  return { groups, removedGroupIds, emails: [...emails] };
}

function sameGroup(a: GroupRecord | undefined, b: GroupRecord): boolean {
  if (!a || a.name !== b.name || a.email !== b.email || a.memberEmails.length !== b.memberEmails.length) return false;
  const members = new Set(a.memberEmails);
  return b.memberEmails.every((email) => members.has(email));
}
