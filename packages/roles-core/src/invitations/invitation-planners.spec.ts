import { describe, expect, it } from 'vitest';
import { assist, integrate, monitor } from '../products/index.js';
import { apiKeyRecord, asUser, emailOf, groupRecord, tenantState, userRecord } from '../../test/properties/fixtures.js';
import { sampleProduct } from '../../test/properties/sample-product.js';
import { applyEffects } from '../planners/apply-effects.js';
import { planAddApplicationMembers } from '../planners/plan-add-application-members.js';
import { isUserInTenant } from '../planners/tenant-queries.js';
import type { Effect } from '../model/effect.js';
import { planResendInvitation } from './plan-resend-invitation.js';
import { planRevokeInvitation } from './plan-revoke-invitation.js';

const project = { id: 'p1', name: 'P1', departmentId: null };
/** `inv` was invited (never signed in) as a consumer and into a project; `cy` signed in; `grp` is known through a group only. */
const tenant = tenantState({
  userRoles: { ada: 'administrator', cy: 'consumer' },
  extraUsers: [userRecord({ id: 'inv', hasSignedIn: false }), userRecord({ id: 'grp', hasSignedIn: false })],
  applicationGrants: [
    { principalId: 'ada', kind: 'user', role: 'administrator' },
    { principalId: 'cy', kind: 'user', role: 'consumer' },
    { principalId: 'inv', kind: 'user', role: 'consumer' },
    { principalId: 'g1', kind: 'group', role: 'consumer' },
  ],
  groups: [groupRecord({ id: 'g1', members: ['grp'] })],
  projects: [project],
  projectGrants: [{ projectId: 'p1', principalId: 'inv', kind: 'user', role: 'member' }],
});

function planned<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const audits = (effects: readonly Effect[]) => effects.filter((effect) => effect.type === 'audit');

describe('planResendInvitation', () => {
  it('R3, R24: a pending invitation is mailed again and audited as its own action, changing no role', () => {
    const { effects } = planned(planResendInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId: 'inv' } }));
    expect(effects).toEqual([
      { type: 'resend-invitation', email: emailOf('inv') },
      { type: 'audit', action: 'invitation.resent', target: `user:${emailOf('inv')}`, before: null, after: null },
    ]);
    expect(applyEffects({ state: tenant, effects })).toEqual(tenant);
  });

  it('R4: once the user has signed in there is no invitation to resend (CONFLICT)', () => {
    const result = planResendInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId: 'cy' } });
    expect(result.ok ? null : result.refusal.code).toBe('CONFLICT');
    expect(result.ok ? '' : result.refusal.message).toContain('already signed in');
  });

  it('R3: a user known only through a group, or unknown, has no invitation (NOT_FOUND)', () => {
    for (const principalId of ['grp', 'nobody', 'g1']) {
      expect(planResendInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId } })).toMatchObject({
        ok: false,
        refusal: { code: 'NOT_FOUND' },
      });
    }
  });

  it('R9: only user managers resend invitations', () => {
    expect(planResendInvitation({ product: integrate, state: tenant, actor: asUser('cy'), request: { principalId: 'inv' } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });
});

describe('planRevokeInvitation', () => {
  it('R3, R12, R24: revoking removes the invited user from the tenant with every project role, mails nothing, and is one audit event', () => {
    const { effects } = planned(planRevokeInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId: 'inv' } }));
    expect(effects.some((effect) => effect.type === 'send-invitation' || effect.type === 'resend-invitation')).toBe(false);
    expect(audits(effects)).toEqual([
      {
        type: 'audit',
        action: 'invitation.revoked',
        target: `user:${emailOf('inv')}`,
        before: { roles: ['consumer'], projectRoles: [{ projectId: 'p1', role: 'member' }], legacyRoles: [] },
        after: { roles: [], projectRoles: [], legacyRoles: [] },
      },
    ]);
    const after = applyEffects({ state: tenant, effects });
    expect(isUserInTenant({ state: after, userId: 'inv' })).toBe(false);
    expect(after.projectGrants).toEqual([]);
    expect(after.applicationGrants.filter((grant) => grant.principalId === 'inv')).toEqual([]);
  });

  it('R4: a user who has signed in is refused with CONFLICT and pointed to the member delete', () => {
    const result = planRevokeInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId: 'cy' } });
    expect(result.ok ? null : result.refusal.code).toBe('CONFLICT');
    expect(result.ok ? '' : result.refusal.message).toContain('remove them from their role instead');
  });

  it('R3: a user known only through a group, or unknown, has no invitation to revoke (NOT_FOUND)', () => {
    for (const principalId of ['grp', 'nobody']) {
      expect(planRevokeInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId } })).toMatchObject({
        ok: false,
        refusal: { code: 'NOT_FOUND' },
      });
    }
  });

  it('R9: only user managers revoke invitations', () => {
    expect(planRevokeInvitation({ product: integrate, state: tenant, actor: asUser('cy'), request: { principalId: 'inv' } })).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });

  it('R9: an invitation to a role carrying permissions the actor lacks is not theirs to revoke (ESCALATION)', () => {
    const state = tenantState({
      productId: 'sample',
      userRoles: { ada: 'administrator', pc: 'project-creator' },
      extraUsers: [userRecord({ id: 'boss', hasSignedIn: false })],
      applicationGrants: [
        { principalId: 'ada', kind: 'user', role: 'administrator' },
        { principalId: 'pc', kind: 'user', role: 'project-creator' },
        { principalId: 'boss', kind: 'user', role: 'administrator' },
      ],
    });
    const result = planRevokeInvitation({ product: sampleProduct, state, actor: asUser('pc'), request: { principalId: 'boss' } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'ESCALATION', missingPermissions: ['projects.manage', 'secrets.read'] } });
    expect(planRevokeInvitation({ product: sampleProduct, state, actor: asUser('ada'), request: { principalId: 'boss' } }).ok).toBe(true);
  });

  it('R11: the last administrator is not revoked, even while invited', () => {
    // Assist keys hold administrator permissions (R20): a key can manage users while the only administrator is invited.
    const state = tenantState({
      productId: 'assist',
      extraUsers: [userRecord({ id: 'first', hasSignedIn: false })],
      applicationGrants: [{ principalId: 'first', kind: 'user', role: 'administrator' }],
      apiKeys: [apiKeyRecord({ id: 'k1' })],
    });
    const result = planRevokeInvitation({ product: assist, state, actor: { kind: 'apiKey', apiKeyId: 'k1' }, request: { principalId: 'first' } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'LAST_ADMINISTRATOR' } });
  });

  it('R17: an invited Limited Member with an assigned record is refused with the record listed', () => {
    const state = tenantState({
      productId: 'monitor',
      userRoles: { ada: 'administrator' },
      extraUsers: [userRecord({ id: 'lm', hasSignedIn: false })],
      applicationGrants: [
        { principalId: 'ada', kind: 'user', role: 'administrator' },
        { principalId: 'lm', kind: 'user', role: 'consumer' },
      ],
      projects: [project],
      records: [{ id: 'r1', projectId: 'p1', assigneeUserId: 'lm', ruleId: null }],
    });
    const result = planRevokeInvitation({ product: monitor, state, actor: asUser('ada'), request: { principalId: 'lm' } });
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'LIMITED_MEMBER_REFERENCED', blocking: { records: [{ id: 'r1', projectId: 'p1' }], rules: [] } },
    });
  });

  it('R21: in a legacy tenant the invited user loses their legacy role and departments; R15 keeps a peer Group Admin', () => {
    const legacy = tenantState({
      roleModel: 'legacy',
      legacyRoles: { ga: 'group-admin', dev: 'bi-developer', gb: 'group-admin' },
      departments: [{ id: 'd1', name: 'Finance', memberUserIds: ['dev'] }],
    });
    const state = { ...legacy, users: legacy.users.map((user) => (user.id === 'ga' ? user : { ...user, hasSignedIn: false })) };
    const { effects } = planned(planRevokeInvitation({ product: integrate, state, actor: asUser('ga'), request: { principalId: 'dev' } }));
    const after = applyEffects({ state, effects });
    expect(after.legacyGrants.some((grant) => grant.userId === 'dev')).toBe(false);
    expect(after.departments).toEqual([{ id: 'd1', name: 'Finance', memberUserIds: [] }]);
    expect(planRevokeInvitation({ product: integrate, state, actor: asUser('ga'), request: { principalId: 'gb' } })).toMatchObject({
      ok: false,
      refusal: { code: 'PEER_GROUP_ADMIN' },
    });
  });

  it('R3: a user invited again after a revoke is invited anew, with who invited them this time', () => {
    const { effects } = planned(planRevokeInvitation({ product: integrate, state: tenant, actor: asUser('ada'), request: { principalId: 'inv' } }));
    const after = applyEffects({ state: tenant, effects });
    const again = planned(
      planAddApplicationMembers({
        product: integrate,
        state: after,
        actor: asUser('ada'),
        request: { role: 'consumer', kind: 'user', emails: emailOf('inv') },
      }),
    );
    expect(again.effects).toContainEqual({ type: 'send-invitation', email: emailOf('inv'), invitedBy: asUser('ada') });
  });
});
