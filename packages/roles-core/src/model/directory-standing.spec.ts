import { describe, expect, it } from 'vitest';
import { loadedAsRead } from '../../test/properties/loaded-as-read.js';
import { compileTenant } from '../decisions/compile-tenant.js';
import { emptyTenantState } from '../decisions/empty-tenant-state.js';
import { LiveTenant } from '../live/live-tenant.js';
import { isTenantMember } from '../live/tenant-reader.js';
import { integrate } from '../products/index.js';
import { maySignIn } from './directory-standing.js';
import type { TenantChange } from './tenant-change.js';
import type { TenantState, UserRecord } from './tenant-state.js';

const ADA: UserRecord = { id: 'ada', email: 'ada@example.com', name: 'Ada', hasSignedIn: true, guest: false };
const BOB: UserRecord = { id: 'bob', email: 'bob@example.com', name: 'Bob', hasSignedIn: true, guest: false };
const FINANCE = { id: 'g-fin', name: 'Finance', email: null, memberEmails: ['bob@example.com'] };

function stateWith({ ada = ADA, bob = BOB }: { ada?: UserRecord; bob?: UserRecord } = {}): TenantState {
  return {
    ...emptyTenantState({ tenantId: 't-1', productId: integrate.id }),
    users: [ada, bob],
    groups: [FINANCE],
    applicationGrants: [
      { principalId: 'ada', kind: 'user', role: 'administrator' },
      { principalId: 'g-fin', kind: 'group', role: 'administrator' },
    ],
  };
}

const userChange = (user: UserRecord): TenantChange => ({ effects: [], users: [user], groups: [], removedGroupIds: [] });
const PERMISSION = 'jobs.run';

describe('directory standing (Production: directory provisioning, R7)', () => {
  it('R7/Production: a user inactive in the directory is denied every permission, directly and through their groups, and is no member; their grants stay stored', () => {
    for (const state of [stateWith({ ada: { ...ADA, inactive: true }, bob: { ...BOB, inactive: true } })]) {
      for (const decisions of [
        compileTenant({ product: integrate, state }),
        compileTenant({ product: integrate, state: loadedAsRead({ state }) }),
        new LiveTenant({ product: integrate, state }),
      ]) {
        expect(decisions.can({ principalId: 'ada', permission: PERMISSION })).toBe(false);
        expect(decisions.can({ email: 'bob@example.com', permission: PERMISSION })).toBe(false);
        expect(decisions.explain({ principalId: 'ada', permission: PERMISSION }).allowed).toBe(false);
        expect(decisions.effectivePermissions({ principalId: 'ada' }).tenant).toEqual([]);
        expect(decisions.state.applicationGrants).toHaveLength(2);
      }
    }
    const live = new LiveTenant({ product: integrate, state: stateWith({ ada: { ...ADA, inactive: true } }) });
    expect(live.isMember('ada')).toBe(false);
    expect(live.isMember('bob')).toBe(true);
  });

  it('R7/Production: deactivating a held user denies them at once; reactivating restores exactly what they held', () => {
    for (const rebuildFloor of [0, 1_024]) {
      const live = new LiveTenant({ product: integrate, state: stateWith(), rebuildFloor });
      expect(live.can({ principalId: 'ada', permission: PERMISSION })).toBe(true);
      expect(live.can({ email: 'bob@example.com', permission: PERMISSION })).toBe(true);
      live.apply(userChange({ ...ADA, inactive: true }));
      live.apply(userChange({ ...BOB, inactive: true }));
      expect(live.can({ principalId: 'ada', permission: PERMISSION })).toBe(false);
      expect(live.can({ email: 'bob@example.com', permission: PERMISSION })).toBe(false);
      expect(live.isMember('ada')).toBe(false);
      expect(isTenantMember({ reader: live.reader, userId: 'bob' })).toBe(false);
      live.apply(userChange(ADA));
      live.apply(userChange(BOB));
      expect(live.can({ principalId: 'ada', permission: PERMISSION })).toBe(true);
      expect(live.can({ email: 'bob@example.com', permission: PERMISSION })).toBe(true);
      expect(live.explain({ principalId: 'ada', permission: PERMISSION })).toEqual(
        compileTenant({ product: integrate, state: stateWith() }).explain({ principalId: 'ada', permission: PERMISSION }),
      );
    }
  });

  it('Production: sign-in is refused when every directory listing the user says inactive, and allowed when none lists them or one says active', () => {
    expect(maySignIn({ standings: [] })).toBe(true);
    expect(maySignIn({ standings: [{ active: false }] })).toBe(false);
    expect(maySignIn({ standings: [{ active: false }, { active: true }] })).toBe(true);
  });
});
