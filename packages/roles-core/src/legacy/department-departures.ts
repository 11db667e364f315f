import type { Effect } from '../model/effect.js';
import type { TenantState, UserRecord } from '../model/tenant-state.js';

/** R21: a user who leaves a legacy tenant leaves every department they belong to (what a BI Developer acts on). */
export function departmentDepartures({ state, user }: { state: TenantState; user: UserRecord }): Effect[] {
  const emailOf = (id: string) => state.users.find((u) => u.id === id)?.email ?? id;
  return state.departments
    .filter((d) => d.memberUserIds.includes(user.id))
    .map((d): Effect => ({ type: 'set-department-members', departmentId: d.id, memberEmails: d.memberUserIds.filter((id) => id !== user.id).map(emailOf) }));
}
