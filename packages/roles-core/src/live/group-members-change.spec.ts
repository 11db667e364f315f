import { describe, expect, it } from 'vitest';
import { expectSameDecisions } from '../../test/properties/same-decisions.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import { emptyTenantState } from '../decisions/empty-tenant-state.js';
import type { TenantChange } from '../model/tenant-change.js';
import type { TenantState, UserRecord } from '../model/tenant-state.js';
import { applyTenantChange } from '../planners/apply-tenant-change.js';
import { integrate } from '../products/index.js';
import { LiveTenant } from './live-tenant.js';

const user = (id: string): UserRecord => ({ id, email: `${id}@example.com`, name: id, hasSignedIn: true, guest: false });
const STATE: TenantState = {
  ...emptyTenantState({ tenantId: 't-1', productId: integrate.id }),
  users: [user('ada'), user('bob')],
  groups: [{ id: 'g-fin', name: 'Finance', email: null, memberEmails: ['bob@example.com', 'cy@example.com'] }],
  applicationGrants: [
    { principalId: 'ada', kind: 'user', role: 'consumer' },
    { principalId: 'g-fin', kind: 'group', role: 'administrator' },
  ],
};
const members = (added: string[], removed: string[], groupId = 'g-fin'): TenantChange => ({
  effects: [],
  users: added.includes('ada@example.com') ? [user('ada')] : [],
  groups: [],
  removedGroupIds: [],
  groupMembers: [{ groupId, added, removed }],
});

describe('a group membership change by member (R7)', () => {
  it('R7: members added and removed by email give and take the group’s role at once, as the state compiled afresh; a group the tenant does not hold is left out', () => {
    for (const rebuildFloor of [0, 1_024]) {
      const live = new LiveTenant({ product: integrate, state: STATE, rebuildFloor });
      let plain = STATE;
      for (const change of [
        members(['ada@example.com', 'dee@example.com'], ['bob@example.com']),
        members(['bob@example.com'], ['ada@example.com', 'cy@example.com']),
        members(['ada@example.com'], [], 'g-other'),
      ]) {
        live.apply(change);
        plain = applyTenantChange({ state: plain, change });
        expectSameDecisions({
          product: integrate,
          actual: live.decisions,
          expected: compileTenant({ product: integrate, state: plain }),
          isMember: (userId) => live.isMember(userId),
          extraEmails: ['dee@example.com', 'cy@example.com'],
        });
      }
      expect(live.can({ email: 'bob@example.com', permission: 'jobs.run' })).toBe(true);
      expect(live.can({ principalId: 'ada', permission: 'jobs.run' })).toBe(false);
      expect(live.can({ email: 'dee@example.com', permission: 'jobs.run' })).toBe(true);
      expect(plain.groups.map((group) => group.memberEmails)).toEqual([['dee@example.com', 'bob@example.com']]);
    }
  });
});
