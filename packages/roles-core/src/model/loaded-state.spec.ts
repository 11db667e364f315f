import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsAsRead, groupedAsRead } from '../../test/properties/loaded-as-read.js';
import { DEPARTMENTS, everyProduct, GROUPS, KEYS, PROJECTS, RECORDS, RUNS, USERS } from '../../test/properties/random-tenant-state.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import { emptyTenantState } from '../decisions/empty-tenant-state.js';
import { tenantMemberIds } from '../planners/tenant-queries.js';
import { grantGroupsOf, type GrantGroups } from './grant-groups.js';
import { loadedState } from './loaded-state.js';
import { userColumnsOf, type UserColumns } from './user-columns.js';
import type { TenantState } from './tenant-state.js';

const sorted = <T extends object>(items: readonly T[]) => items.map((item) => JSON.stringify(item, Object.keys(item).sort())).sort();

describe('loaded states', () => {
  it('R7, R17, R19, R20, R21, R23: a state loaded as grant groups (holders listed or packed) and user columns decides, lists and counts its members exactly as the same state given as lists', () => {
    fc.assert(
      fc.property(everyProduct, fc.boolean(), fc.boolean(), ({ product, state }, reverse, packed) => {
        const { users: _users, applicationGrants: _application, projectGrants: _project, ...rest } = state;
        const grouped = loadedState({ state: rest, grantGroups: groupedAsRead({ state, reverse, packed }), userColumns: columnsAsRead({ state }) });
        const fromLists = compileTenant({ product, state });
        const fromGroups = compileTenant({ product, state: grouped });
        const selectors = [...[...USERS, ...GROUPS, ...KEYS, 'ghost', 'k-deleted'].map((principalId) => ({ principalId })), { email: 'u2@example.com' }];
        const places = [{}, ...[...PROJECTS, ...DEPARTMENTS, 'p-gone'].map((projectId) => ({ projectId })), ...RECORDS.map((recordId) => ({ recordId }))];
        for (const selector of selectors) {
          for (const permission of product.index.permissionIds) {
            for (const place of places) {
              const query = { ...selector, ...place, permission };
              expect(fromGroups.can(query), JSON.stringify(query)).toBe(fromLists.can(query));
              expect(fromGroups.explain(query).allowed, JSON.stringify(query)).toBe(fromLists.can(query));
            }
          }
        }
        expect([...tenantMemberIds({ state: grouped })].sort()).toEqual([...tenantMemberIds({ state })].sort());
        expect(sorted(grouped.applicationGrants)).toEqual(sorted(state.applicationGrants));
        expect(sorted(grouped.projectGrants)).toEqual(sorted(state.projectGrants));
        expect(grouped.users).toEqual(state.users);
      }),
      { numRuns: RUNS },
    );
  });

  it('makes the lists of a loaded state once, holder by holder in group order, and hands back the groups and columns it was given', () => {
    const groups: GrantGroups = {
      application: [{ role: 'consumer', kind: 'user', principalIds: ['u1', 'u2'] }],
      project: [
        { projectId: 'p1', role: 'owner', kind: 'group', principalIds: ['g1'] },
        { projectId: 'p2', role: 'member', kind: 'user', principalIds: ['u2', 'u1'] },
      ],
    };
    const userColumns: UserColumns = {
      ids: ['u1', 'u2'],
      emails: ['a@x.test', 'b@x.test'],
      names: ['A', 'B'],
      hasSignedIn: [true, false],
      guest: [false, true],
    };
    const { users: _u, applicationGrants: _a, projectGrants: _p, ...rest } = emptyState();
    const state = loadedState({ state: rest, grantGroups: groups, userColumns });
    expect(grantGroupsOf({ state })).toBe(groups);
    expect(userColumnsOf({ state })).toBe(userColumns);
    expect(state.users).toEqual([
      { id: 'u1', email: 'a@x.test', name: 'A', hasSignedIn: true, guest: false },
      { id: 'u2', email: 'b@x.test', name: 'B', hasSignedIn: false, guest: true },
    ]);
    expect(state.users).toBe(state.users);
    expect(state.projectGrants).toEqual([
      { projectId: 'p1', principalId: 'g1', kind: 'group', role: 'owner' },
      { projectId: 'p2', principalId: 'u2', kind: 'user', role: 'member' },
      { projectId: 'p2', principalId: 'u1', kind: 'user', role: 'member' },
    ]);
    expect(state.projectGrants).toBe(state.projectGrants);
    expect(state.applicationGrants.map((grant) => grant.principalId)).toEqual(['u1', 'u2']);
  });

  it('groups the lists of a state built by hand by key, keeping every grant', () => {
    const state: TenantState = {
      ...emptyState(),
      projectGrants: [
        { projectId: 'p1', principalId: 'u1', kind: 'user', role: 'owner' },
        { projectId: 'p1', principalId: 'u2', kind: 'user', role: 'owner' },
        { projectId: 'p2', principalId: 'u1', kind: 'user', role: 'owner' },
        { projectId: 'p1', principalId: 'u3', kind: 'user', role: 'owner' },
      ],
    };
    expect(grantGroupsOf({ state }).project).toEqual([
      { projectId: 'p1', role: 'owner', kind: 'user', principalIds: ['u1', 'u2', 'u3'] },
      { projectId: 'p2', role: 'owner', kind: 'user', principalIds: ['u1'] },
    ]);
  });
});

function emptyState(): TenantState {
  return emptyTenantState({ tenantId: 't', productId: 'integrate', roleModel: 'current' });
}
