import type { CommunicationRule, RecordRow, TenantState, UserRecord } from '@loome/roles-core';

export interface ProjectReferences {
  /** By id. */
  records: readonly RecordRow[];
  /** By name, then id. */
  rules: readonly CommunicationRule[];
}

export interface Person {
  principalId: string;
  email: string;
  name: string;
}

interface Indexed {
  byProject: Map<string, ProjectReferences>;
  users: Map<string, UserRecord>;
}

// A tenant state is immutable and replaced on every change, so its sorted lists are kept with it:
// a page is a binary search instead of a sort of every record of the tenant.
const indexes = new WeakMap<TenantState, Indexed>();

const byKey = (a: readonly string[], b: readonly string[]) => {
  for (let index = 0; index < a.length; index++) {
    if (a[index]! !== b[index]!) return a[index]! < b[index]! ? -1 : 1;
  }
  return 0;
};

export const recordKey = (record: RecordRow): [string, string] => [record.id, record.id];
export const ruleKey = (rule: CommunicationRule): [string, string] => [rule.name, rule.id];

function indexOf({ state }: { state: TenantState }): Indexed {
  let indexed = indexes.get(state);
  if (indexed) return indexed;
  const byProject = new Map<string, { records: RecordRow[]; rules: CommunicationRule[] }>();
  const at = (projectId: string) => {
    let entry = byProject.get(projectId);
    if (!entry) byProject.set(projectId, (entry = { records: [], rules: [] }));
    return entry;
  };
  for (const record of state.records) at(record.projectId).records.push(record);
  for (const rule of state.communicationRules) at(rule.projectId).rules.push(rule);
  for (const entry of byProject.values()) {
    entry.records.sort((a, b) => byKey(recordKey(a), recordKey(b)));
    entry.rules.sort((a, b) => byKey(ruleKey(a), ruleKey(b)));
  }
  indexed = { byProject, users: new Map(state.users.map((user) => [user.id, user])) };
  indexes.set(state, indexed);
  return indexed;
}

/** One project's records and communication rules, in the order their pages walk them. */
export function projectReferences({ state, projectId }: { state: TenantState; projectId: string }): ProjectReferences {
  return indexOf({ state }).byProject.get(projectId) ?? { records: [], rules: [] };
}

/** The user a reference names, as the lists show them. */
export function personOf({ state, userId }: { state: TenantState; userId: string }): Person | null {
  const user = indexOf({ state }).users.get(userId);
  return user ? { principalId: user.id, email: user.email, name: user.name } : null;
}
