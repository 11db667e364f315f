/**
 * The meaning of a committed `TenantChange` for a tenant's state as plain data: its effects as
 * `applyEffects` gives them, users named by email getting the ids the database settled, then the
 * directory's groups and the users' stored records. `LiveTenant` applies the same change
 * incrementally; its property test checks both end in the same decisions.
 */
import { membersAfter, type TenantChange } from '../model/tenant-change.js';
import type { GroupRecord, TenantState, UserRecord } from '../model/tenant-state.js';
import { applyEffects as applyEffectsByDefault, type ApplyEffectsInput } from './apply-effects.js';

/** `applyEffects`: how the effects themselves are applied (the core's tests pass a plain-list reference). */
export function applyTenantChange({
  state,
  change,
  applyEffects = applyEffectsByDefault,
}: {
  state: TenantState;
  change: TenantChange;
  applyEffects?: (input: ApplyEffectsInput) => TenantState;
}): TenantState {
  const settledIds = new Map(change.users.map((user) => [user.email.toLowerCase(), user.id]));
  const after = applyEffects({ state, effects: change.effects, newUserId: (email) => settledIds.get(email) ?? `user:${email}` });
  const groupHolders = new Set<string>();
  for (const grants of [after.applicationGrants, after.projectGrants]) {
    for (const grant of grants) if (grant.kind === 'group') groupHolders.add(grant.principalId);
  }
  // R7: a group's record follows the directory while the tenant gives it a role; a group the directory lost stays out.
  const removed = new Set(change.removedGroupIds);
  const changed = new Map(change.groups.filter((group) => groupHolders.has(group.id)).map((group) => [group.id, group]));
  const groups: GroupRecord[] = [];
  // The state holds the groups that hold a grant, as a load reads them: one whose last grant the change revoked leaves it.
  for (const groupId of revokedGroupIds({ change })) if (!groupHolders.has(groupId)) removed.add(groupId);
  for (const group of after.groups) {
    if (removed.has(group.id)) continue;
    groups.push(changed.get(group.id) ?? group);
    changed.delete(group.id);
  }
  for (const group of changed.values()) if (!removed.has(group.id)) groups.push(group);
  // R7: a membership change reaches the held group's record by member.
  for (const members of change.groupMembers ?? []) {
    const at = groups.findIndex((group) => group.id === members.groupId);
    if (at >= 0) groups[at] = { ...groups[at]!, memberEmails: membersAfter({ memberEmails: groups[at]!.memberEmails, change: members }) };
  }
  const stored = new Map(change.users.map((user) => [user.id, user]));
  const users: UserRecord[] = after.users.map((user) => stored.get(user.id) ?? user);
  const reader = {
    userByEmail: (email: string) => users.find((user) => user.email === email),
    groupsOfEmail: (email: string) => groups.filter((group) => group.memberEmails.some((member) => member.toLowerCase() === email)),
  };
  for (const user of change.users) if (joinsByGroup({ reader, user })) users.push(user);
  return { ...after, groups, users };
}

/** Groups the change's effects revoke a role from. */
export function revokedGroupIds({ change }: { change: TenantChange }): string[] {
  return change.effects.flatMap((effect) =>
    (effect.type === 'revoke-application-role' || effect.type === 'revoke-project-role') && effect.principal.kind === 'group' ? [effect.principal.id] : [],
  );
}

/**
 * R7: a user the tenant does not know joins it when a group it holds lists them, as a load finds
 * group members by email; an email the tenant already knows keeps the user it has.
 */
export function joinsByGroup({
  reader,
  user,
}: {
  reader: { userByEmail(email: string): UserRecord | undefined; groupsOfEmail(email: string): readonly GroupRecord[] };
  user: UserRecord;
}): boolean {
  return reader.userByEmail(user.email) === undefined && reader.groupsOfEmail(user.email).length > 0;
}
