/**
 * Asserts that two sets of decisions over what should be the same tenant state answer alike, as
 * a user would see it: every check and explanation for every principal, permission and place,
 * every principal's effective permissions, who is a member, and the state's lists as sets.
 */
import { expect } from 'vitest';
import type { AnyProduct } from '../../src/define-product.js';
import type { TenantDecisions } from '../../src/decisions/tenant-decisions.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { tenantMemberIds } from '../../src/planners/tenant-queries.js';

/** A value with every array sorted and every object's keys in order, so order never decides equality. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A list's items as a set: each once, in one order. */
export function asSet(items: readonly unknown[]): string[] {
  return [...new Set(items.map((item) => JSON.stringify(canonical(item))))].sort();
}

export const LISTS = [
  'users',
  'groups',
  'apiKeys',
  'applicationGrants',
  'projects',
  'projectGrants',
  'records',
  'communicationRules',
  'legacyGrants',
  'departments',
] as const;

export function expectSameDecisions({
  product,
  actual,
  expected,
  isMember,
  extraIds = [],
  extraEmails = [],
}: {
  product: AnyProduct;
  actual: TenantDecisions;
  expected: TenantDecisions;
  isMember: (userId: string) => boolean;
  /** Principal ids to ask about besides those either state names. */
  extraIds?: readonly string[];
  extraEmails?: readonly string[];
}): void {
  const [mine, theirs] = [actual.state, expected.state];
  const ids = new Set<string>(extraIds);
  const emails = new Set<string>(extraEmails);
  for (const state of [mine, theirs]) {
    for (const user of state.users) {
      ids.add(user.id);
      emails.add(user.email);
    }
    for (const group of state.groups) {
      ids.add(group.id);
      for (const email of group.memberEmails) emails.add(email);
    }
    for (const key of state.apiKeys) ids.add(key.id);
    for (const grant of [...state.applicationGrants, ...state.projectGrants]) ids.add(grant.principalId);
  }
  const places = [{}, ...new Set([...placesOf(mine), ...placesOf(theirs)].map((place) => JSON.stringify(place)))].map((place) =>
    typeof place === 'string' ? (JSON.parse(place) as { projectId?: string; recordId?: string }) : place,
  );
  const selectors = [...[...ids].map((principalId) => ({ principalId })), ...[...emails].map((email) => ({ email }))];
  for (const selector of selectors) {
    for (const permission of product.index.permissionIds) {
      for (const place of places) {
        const query = { ...selector, ...place, permission };
        const allowed = expected.can(query);
        expect(actual.can(query), `can ${JSON.stringify(query)}`).toBe(allowed);
        expect(actual.explain(query).allowed, `explain ${JSON.stringify(query)}`).toBe(allowed);
      }
    }
    expect(canonical(actual.effectivePermissions(selector)), `effective permissions ${JSON.stringify(selector)}`).toEqual(
      canonical(expected.effectivePermissions(selector)),
    );
  }
  for (const email of emails) expect(actual.principalIdOf({ email }), `principal of ${email}`).toBe(expected.principalIdOf({ email }));
  const members = tenantMemberIds({ state: theirs });
  for (const id of ids) expect(isMember(id), `member ${id}`).toBe(members.has(id));
  for (const list of LISTS) expect(asSet(mine[list]), list).toEqual(asSet(theirs[list]));
  expect(mine.settings).toEqual(theirs.settings);
  expect(mine.roleModel).toBe(theirs.roleModel);
}

/** Each project, department and record of the state, as a place a check can name. */
function placesOf(state: TenantState): { projectId?: string; recordId?: string }[] {
  return [
    ...state.projects.map((project) => ({ projectId: project.id })),
    ...state.departments.map((department) => ({ projectId: department.id })),
    ...state.records.map((record) => ({ recordId: record.id })),
  ];
}
