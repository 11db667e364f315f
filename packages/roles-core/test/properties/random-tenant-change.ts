/**
 * fast-check generators: random sequences of committed tenant changes over the tenants of
 * `random-tenant-state.ts` — grants and revokes to users, groups and keys, keys made and deleted,
 * projects, records, rules, legacy roles and departments, settings, accepted invitations, and the
 * directory's group records and removed groups, with the user records the database settled.
 */
import fc from 'fast-check';
import type { AnyProduct } from '../../src/define-product.js';
import type { Effect } from '../../src/model/effect.js';
import { emailsNamedBy } from '../../src/model/effect-emails.js';
import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '../../src/model/product-definition.js';
import type { TenantChange } from '../../src/model/tenant-change.js';
import type { GroupRecord, PrincipalRef, UserRecord } from '../../src/model/tenant-state.js';
import { DEPARTMENTS, GROUPS, KEYS, PROJECTS, RECORDS, USERS } from './random-tenant-state.js';

/** Addresses changes name: the tenant's users (one in another case), a group member with no record, and people new to the tenant. */
export const CHANGE_EMAILS = [...USERS.map((id) => `${id}@example.com`), 'U2@example.com', 'stranger@example.com', 'new0@example.com', 'new1@example.com'];
export const CHANGE_GROUPS = [...GROUPS, 'g-unloaded', 'g2'];
export const CHANGE_KEYS = [...KEYS, 'k-deleted', 'k2'];
export const CHANGE_PROJECTS = [...PROJECTS, 'p3', 'p4', 'p5'];
/** Ids the generator gives what changes create, so a sequence never creates one twice. */
/** Keys changes create, in order: first one the tenant only knew from its grants. */
export const CREATED_KEYS = ['k-deleted', 'k2'];
export const CREATED_RECORDS = ['rn0', 'rn1', 'rn2'];
export const CREATED_RULES = ['cn0', 'cn1'];
export const CREATED_DEPARTMENTS = ['dn0', 'dn1'];
/** The ids the database gives the new addresses (when a change names them). */
export const SETTLED_IDS: Record<string, string> = { 'stranger@example.com': 'n-stranger', 'new0@example.com': 'n0', 'new1@example.com': 'n1' };

const email = fc.constantFrom(...CHANGE_EMAILS);
const someEmails = fc.subarray(CHANGE_EMAILS, { maxLength: 3 });

function principalArbitrary(): fc.Arbitrary<PrincipalRef> {
  return fc.oneof(
    { arbitrary: email.map((address): PrincipalRef => ({ kind: 'user', email: address })), weight: 3 },
    fc.constantFrom(...CHANGE_GROUPS).map((id): PrincipalRef => ({ kind: 'group', id })),
    fc.constantFrom(...CHANGE_KEYS).map((id): PrincipalRef => ({ kind: 'apiKey', id })),
  );
}

/** Projects by id: what a created project is made from is fixed per id, so creating it twice names the same project. */
const PROJECT_MADE_FROM: Record<string, string | null> = { p3: null, p4: 'd0', p5: 'd-new' };

function effectArbitrary(product: AnyProduct): fc.Arbitrary<Effect> {
  const principal = principalArbitrary();
  const applicationRole = fc.constantFrom(...APPLICATION_ROLE_IDS);
  const projectRole = fc.constantFrom(...Object.keys(product.projectRoles));
  const projectId = fc.constantFrom(...CHANGE_PROJECTS, ...DEPARTMENTS);
  const legacyRole = fc.constantFrom(...LEGACY_ROLE_IDS);
  const assignee = fc.option(email, { nil: null });
  return fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('grant-application-role' as const), principal, role: applicationRole }), weight: 4 },
    { arbitrary: fc.record({ type: fc.constant('revoke-application-role' as const), principal, role: applicationRole }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('grant-project-role' as const), projectId, principal, role: projectRole }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('revoke-project-role' as const), projectId, principal, role: projectRole }), weight: 2 },
    fc.record({ type: fc.constant('delete-api-key' as const), apiKeyId: fc.constantFrom(...CHANGE_KEYS) }),
    fc.record({ early: fc.boolean() }).map(({ early }): Effect => ({
      type: 'create-api-key',
      apiKeyId: '?',
      description: 'key',
      createdAt: early ? '2023-01-01T00:00:00Z' : '2025-01-01T00:00:00Z',
      expiresAt: null,
      allowedIps: [],
    })),
    fc.constantFrom('p3', 'p4', 'p5').map((id): Effect => ({ type: 'create-project', projectId: id, name: id, departmentId: PROJECT_MADE_FROM[id]! })),
    fc.record({ type: fc.constant('rename-project' as const), projectId: fc.constantFrom(...CHANGE_PROJECTS), name: fc.constantFrom('renamed', 'Renamed') }),
    fc.record({ type: fc.constant('delete-project' as const), projectId: fc.constantFrom(...CHANGE_PROJECTS) }),
    fc.record({ type: fc.constant('grant-legacy-role' as const), email, role: legacyRole }),
    fc.record({ type: fc.constant('revoke-legacy-role' as const), email, role: legacyRole }),
    fc.record({ type: fc.constant('set-role-model' as const), roleModel: fc.constantFrom('current' as const, 'legacy' as const) }),
    fc.record({
      type: fc.constant('set-settings' as const),
      settings: fc.record({ projectCreation: fc.constantFrom('project-creators' as const, 'administrators' as const) }),
    }),
    fc.record({ type: fc.constant('accept-invitations' as const), email }),
    fc.record({
      type: fc.constant('create-record' as const),
      recordId: fc.constant('?'),
      projectId: fc.constantFrom(...PROJECTS, 'p3'),
      assigneeEmail: assignee,
      ruleId: fc.constantFrom('c0', 'c1', ...CREATED_RULES, null),
    }),
    {
      arbitrary: fc.record({
        type: fc.constant('set-record-assignee' as const),
        recordId: fc.constantFrom(...RECORDS, ...CREATED_RECORDS),
        assigneeEmail: assignee,
      }),
      weight: 2,
    },
    fc.record({ type: fc.constant('delete-record' as const), recordId: fc.constantFrom(...RECORDS, ...CREATED_RECORDS) }),
    fc.record({
      type: fc.constant('create-communication-rule' as const),
      ruleId: fc.constant('?'),
      projectId: fc.constantFrom(...PROJECTS),
      name: fc.constant('rule'),
      recipientEmails: someEmails,
    }),
    fc.record({ type: fc.constant('delete-communication-rule' as const), ruleId: fc.constantFrom('c0', 'c1', ...CREATED_RULES) }),
    fc.record({ type: fc.constant('create-department' as const), departmentId: fc.constant('?'), name: fc.constant('department') }),
    fc.record({
      type: fc.constant('set-department-members' as const),
      departmentId: fc.constantFrom(...DEPARTMENTS, ...CREATED_DEPARTMENTS),
      memberEmails: someEmails,
    }),
    fc.record({
      type: fc.constant('send-invitation' as const),
      email,
      invitedBy: fc.constantFrom(null, { kind: 'user' as const, userId: USERS[0]! }, { kind: 'apiKey' as const, apiKeyId: CHANGE_KEYS[0]! }),
    }),
    fc.record({ type: fc.constant('resend-invitation' as const), email }),
  );
}

const groupRecordArbitrary: fc.Arbitrary<GroupRecord> = fc
  .record({ id: fc.constantFrom(...CHANGE_GROUPS), members: someEmails, renamed: fc.boolean() })
  .map(({ id, members, renamed }) => ({ id, name: renamed ? `${id} (renamed)` : id, email: null, memberEmails: members }));

/** Stored records of existing users whose record changed: signed in, renamed, or (rarely) a new address. */
const changedUserArbitrary: fc.Arbitrary<UserRecord> = fc
  .record({ id: fc.constantFrom(...USERS), change: fc.constantFrom('signed-in', 'renamed', 'new-address') })
  .map(({ id, change }) => ({
    id,
    email: change === 'new-address' ? `${id}.moved@example.com` : `${id}@example.com`,
    name: change === 'renamed' ? `${id} (renamed)` : id,
    hasSignedIn: change !== 'renamed',
    guest: false,
  }));

interface ChangeSketch {
  effects: Effect[];
  settle: boolean;
  changedUsers: UserRecord[];
  groups: GroupRecord[];
  removedGroupIds: string[];
}

function changeSketchArbitrary(product: AnyProduct): fc.Arbitrary<ChangeSketch> {
  return fc.record({
    effects: fc.array(effectArbitrary(product), { minLength: 1, maxLength: 3 }),
    settle: fc.boolean(),
    changedUsers: fc.array(changedUserArbitrary, { maxLength: 1 }),
    groups: fc.array(groupRecordArbitrary, { maxLength: 2 }),
    removedGroupIds: fc.subarray(CHANGE_GROUPS.slice(0, 3), { maxLength: 1 }),
  });
}

/** Numbers what changes create in order (so no id is created twice) and adds the users the database settled. */
function toChanges(sketches: readonly ChangeSketch[]): TenantChange[] {
  const counters = { key: 0, record: 0, rule: 0, department: 0 };
  const next = (kind: keyof typeof counters, ids: readonly string[]) => ids[counters[kind]++] ?? `${kind}-${counters[kind]}`;
  // Emails are unique, as the database keeps them: a user who moved to a new address keeps it.
  const moved = new Set<string>();
  return sketches.map(({ effects, settle, changedUsers: sketched, groups, removedGroupIds }) => {
    const changedUsers = sketched.map((user) => (moved.has(user.id) ? { ...user, email: `${user.id}.moved@example.com` } : user));
    for (const user of changedUsers) if (user.email.endsWith('.moved@example.com')) moved.add(user.id);
    const numbered = effects.map((effect): Effect => {
      if (effect.type === 'create-api-key') return { ...effect, apiKeyId: next('key', CREATED_KEYS) };
      if (effect.type === 'create-record') return { ...effect, recordId: next('record', CREATED_RECORDS) };
      if (effect.type === 'create-communication-rule') return { ...effect, ruleId: next('rule', CREATED_RULES) };
      if (effect.type === 'create-department') return { ...effect, departmentId: next('department', CREATED_DEPARTMENTS) };
      return effect;
    });
    const named = new Set(emailsNamedBy({ effects: numbered }));
    const settled: UserRecord[] = settle
      ? [...named]
          .filter((address) => SETTLED_IDS[address])
          .map((address) => ({ id: SETTLED_IDS[address]!, email: address, name: address, hasSignedIn: false, guest: false }))
      : [];
    return { effects: numbered, users: [...settled, ...changedUsers], groups, removedGroupIds };
  });
}

/** A sequence of committed changes to a tenant of the product. */
export function changesOf(product: AnyProduct, { maxLength = 6 }: { maxLength?: number } = {}): fc.Arbitrary<TenantChange[]> {
  return fc.array(changeSketchArbitrary(product), { minLength: 1, maxLength }).map(toChanges);
}
