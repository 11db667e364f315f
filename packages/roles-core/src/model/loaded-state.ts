/**
 * A tenant state as the API loads it: grants as groups and users as columns, which is how a
 * database reads a large tenant cheaply and all the decisions need. The plain lists the planners
 * and the API's lists read (`users`, `applicationGrants`, `projectGrants`) are made on first read
 * and kept, so a state loaded only to decide never builds an object per user or per grant.
 */
import { rememberGrantGroups, ungroup, type GrantGroups } from './grant-groups.js';
import type { ApplicationGrant, ProjectGrant, TenantState, UserRecord } from './tenant-state.js';
import { rememberUserColumns, userRecordsOf, type UserColumns } from './user-columns.js';

export function loadedState({
  state,
  grantGroups,
  userColumns,
}: {
  state: Omit<TenantState, 'users' | 'applicationGrants' | 'projectGrants'>;
  grantGroups: GrantGroups;
  userColumns: UserColumns;
}): TenantState {
  let users: UserRecord[] | undefined;
  let applicationGrants: ApplicationGrant[] | undefined;
  let projectGrants: ProjectGrant[] | undefined;
  const full = Object.defineProperties(
    { ...state },
    {
      users: { enumerable: true, get: () => (users ??= userRecordsOf({ columns: userColumns })) },
      applicationGrants: {
        enumerable: true,
        get: () => (applicationGrants ??= ungroup(grantGroups.application, ({ role, kind }, principalId) => ({ principalId, kind, role }))),
      },
      projectGrants: {
        enumerable: true,
        get: () => (projectGrants ??= ungroup(grantGroups.project, ({ projectId, role, kind }, principalId) => ({ projectId, principalId, kind, role }))),
      },
    },
  ) as TenantState;
  rememberGrantGroups({ state: full, groups: grantGroups });
  rememberUserColumns({ state: full, columns: userColumns });
  return full;
}
