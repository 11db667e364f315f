/**
 * Reverse indexes over one tenant state, by principal: what collecting a principal's grants
 * needs without scanning the whole state each time. Built once per state.
 */
import type { ApplicationGrant, CommunicationRule, Department, GroupRecord, LegacyGrant, ProjectGrant, RecordRow, TenantState } from '../model/tenant-state.js';

/** What collecting grants reads by key: a `Map`, or an index kept current change by change (see `LiveTenant`). */
export interface KeyedLists<T> {
  get(key: string): readonly T[] | undefined;
}

export interface TenantLookup {
  state: Pick<TenantState, 'roleModel' | 'settings'>;
  groupsOfEmail: KeyedLists<GroupRecord>;
  applicationGrantsOf: KeyedLists<ApplicationGrant>;
  projectGrantsOf: KeyedLists<ProjectGrant>;
  recordsAssignedTo: KeyedLists<RecordRow>;
  rulesEmailing: KeyedLists<CommunicationRule>;
  legacyGrantsOf: KeyedLists<LegacyGrant>;
  departmentsOf: KeyedLists<Department>;
}

export function buildTenantLookup({ state }: { state: TenantState }): TenantLookup {
  const groupsOfEmail = new Map<string, GroupRecord[]>();
  for (const group of state.groups) {
    for (const email of group.memberEmails) push(groupsOfEmail, email.toLowerCase(), group);
  }
  const departmentsOf = new Map<string, Department[]>();
  for (const department of state.departments) {
    for (const userId of department.memberUserIds) push(departmentsOf, userId, department);
  }
  const rulesEmailing = new Map<string, CommunicationRule[]>();
  for (const rule of state.communicationRules) {
    for (const userId of new Set(rule.recipientUserIds)) push(rulesEmailing, userId, rule);
  }
  return {
    state,
    groupsOfEmail,
    applicationGrantsOf: groupBy(state.applicationGrants, (grant) => grant.principalId),
    projectGrantsOf: groupBy(state.projectGrants, (grant) => grant.principalId),
    recordsAssignedTo: groupBy(
      state.records.filter((record) => record.assigneeUserId !== null),
      (record) => record.assigneeUserId ?? '',
    ),
    rulesEmailing,
    legacyGrantsOf: groupBy(state.legacyGrants, (grant) => grant.userId),
    departmentsOf,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, keyOf(item), item);
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
