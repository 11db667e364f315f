import fc from 'fast-check';
import { compileTenant, getProduct, tenantMemberIds, type TenantState } from '@loome/roles-core';
import { expect, it } from 'vitest';
import { TenantContextService, type TenantContext } from '../../../src/modules/tenants/tenant-context.service.js';
import { TenantStateRepository } from '../../../src/modules/tenants/tenant-state.repository.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';

const PEOPLE = ['ann@x.test', 'bob@x.test', 'cyd@x.test', 'dee@x.test', 'eve@x.test'];
const GROUPS = ['grp-a', 'grp-b'];

/** One change an administrator or the platform makes, as the API receives it. */
type Step =
  | { kind: 'add-users'; role: string; emails: string[] }
  | { kind: 'add-group'; role: string; groupId: string }
  | { kind: 'remove-user'; role: string; email: string }
  | { kind: 'remove-group'; role: string; groupId: string }
  | { kind: 'key'; role: string }
  | { kind: 'delete-key' }
  | { kind: 'project'; email: string; role: string }
  | { kind: 'record'; email: string }
  | { kind: 'rename-project'; name: string }
  | { kind: 'delete-project' }
  | { kind: 'directory'; members: string[][]; guests: string[] }
  | { kind: 'sign-in'; email: string };

const step = (roles: string[], projectRoles: string[]): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({ kind: fc.constant('add-users' as const), role: fc.constantFrom(...roles), emails: fc.subarray(PEOPLE, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('add-group' as const), role: fc.constantFrom(...roles), groupId: fc.constantFrom(...GROUPS) }),
    fc.record({ kind: fc.constant('remove-user' as const), role: fc.constantFrom(...roles), email: fc.constantFrom(...PEOPLE) }),
    fc.record({ kind: fc.constant('remove-group' as const), role: fc.constantFrom(...roles), groupId: fc.constantFrom(...GROUPS) }),
    fc.record({ kind: fc.constant('key' as const), role: fc.constantFrom(...roles) }),
    fc.record({ kind: fc.constant('delete-key' as const) }),
    fc.record({ kind: fc.constant('project' as const), email: fc.constantFrom(...PEOPLE), role: fc.constantFrom(...projectRoles) }),
    fc.record({ kind: fc.constant('record' as const), email: fc.constantFrom(...PEOPLE) }),
    fc.record({ kind: fc.constant('rename-project' as const), name: fc.constantFrom('Renamed', 'P', 'other') }),
    fc.record({ kind: fc.constant('delete-project' as const) }),
    fc.record({
      kind: fc.constant('directory' as const),
      members: fc.tuple(...GROUPS.map(() => fc.subarray(PEOPLE))),
      guests: fc.subarray(PEOPLE, { maxLength: 2 }),
    }),
    fc.record({ kind: fc.constant('sign-in' as const), email: fc.constantFrom(...PEOPLE) }),
  );

describeOnEachDatabase('a held tenant follows recorded changes', (get) => {
  for (const productId of ['integrate', 'monitor']) {
    it(`R7, R13, R17, R20, issue 17: in ${productId}, after every change the tenant this process holds (caught up from the change record) decides and lists exactly as the tenant loaded afresh`, async () => {
      const s = get();
      const product = getProduct(productId)!;
      const orgId = await s.organization({ directory: { groups: GROUPS.map((id) => ({ id, name: id, members: [] })) } });
      const tenantId = await s.tenant({ product: productId, orgId, administrators: ['boss@x.test'] });
      const admin = await s.signIn('boss@x.test');
      const world = { s, tenantId, orgId, admin, keys: [] as string[], projects: [] as string[] };
      const roles = Object.keys(product.applicationRoles).filter((role) => role !== 'administrator');
      const projectRoles = Object.keys(product.projectRoles).filter((role) => product.projectRoles[role]!.assignable);
      // A group holding a role from the start, so directory changes have members to move (R7).
      await perform({ ...world, step: { kind: 'add-group', role: roles[0]!, groupId: GROUPS[0]! } });
      await fc.assert(
        fc.asyncProperty(fc.array(step(roles, projectRoles), { minLength: 4, maxLength: 10 }), async (steps) => {
          for (const planned of steps) {
            await perform({ ...world, step: planned });
            await expectHeldMatchesLoaded({ s, tenantId });
          }
        }),
        { numRuns: Number(process.env.FC_NUM_RUNS ?? 8) },
      );
    });
  }
});

async function perform({
  s,
  tenantId,
  orgId,
  admin,
  keys,
  projects,
  step,
}: {
  s: Scenario;
  tenantId: string;
  orgId: string;
  admin: string;
  keys: string[];
  projects: string[];
  step: Step;
}) {
  const base = `/api/v1/tenants/${tenantId}`;
  switch (step.kind) {
    case 'add-users':
      return s.addMembers(tenantId, step.role, { kind: 'user', emails: step.emails.join(';') }, admin);
    case 'add-group':
      return s.addMembers(tenantId, step.role, { kind: 'group', groupIds: [step.groupId] }, admin);
    case 'remove-user': {
      const known = await s.http.get(`${base}/users?email=${encodeURIComponent(step.email)}`, { token: admin });
      const principalId = known.body.items?.[0]?.principalId;
      return principalId ? s.http.delete(`${base}/roles/${step.role}/members/${principalId}`, { token: admin }) : undefined;
    }
    case 'remove-group':
      return s.http.delete(`${base}/roles/${step.role}/members/${step.groupId}`, { token: admin });
    case 'key': {
      const created = await s.http.post(`${base}/api-keys`, { description: 'k' }, { token: admin });
      keys.push(created.body.id);
      return s.addMembers(tenantId, step.role, { kind: 'apiKey', apiKeyIds: [created.body.id] }, admin);
    }
    case 'delete-key':
      return keys.length > 0 ? s.http.delete(`${base}/api-keys/${keys.shift()}`, { token: admin }) : undefined;
    case 'project': {
      if (projects.length === 0) {
        const created = await s.http.post(`${base}/projects`, { name: 'P' }, { token: admin });
        if (created.status === 201) projects.push(created.body.id);
      }
      const [projectId] = projects;
      return projectId
        ? s.http.post(`${base}/projects/${projectId}/members`, { kind: 'user', emails: step.email, role: step.role }, { token: admin })
        : undefined;
    }
    case 'record':
      // Monitor's references (R17); elsewhere VALIDATION, which changes nothing.
      return projects[0] ? s.http.post(`${base}/projects/${projects[0]}/records`, { assigneeEmail: step.email }, { token: admin }) : undefined;
    case 'rename-project':
      return projects[0] ? s.http.patch(`${base}/projects/${projects[0]}`, { name: step.name }, { token: admin }) : undefined;
    case 'delete-project':
      return projects.length > 0 ? s.http.delete(`${base}/projects/${projects.shift()}`, { token: admin }) : undefined;
    case 'directory':
      return s.setDirectory({
        orgId,
        directory: {
          users: step.guests.map((email) => ({ email, name: email, guest: true })),
          groups: GROUPS.map((id, at) => ({ id, name: id, members: step.members[at]! })),
        },
      });
    case 'sign-in':
      return s.signIn(step.email);
  }
}

async function expectHeldMatchesLoaded({ s, tenantId }: { s: Scenario; tenantId: string }) {
  const held = (await s.api.app.get(TenantContextService).get({ tenantId }))!;
  const states = s.api.app.get(TenantStateRepository);
  const tenant = (await states.findTenant({ tenantId }))!;
  expect(held.version).toBe(tenant.version);
  const loaded = await states.load({ tenant });
  expect(listsOf(held.state)).toEqual(listsOf(loaded));
  expectSameDecisions({ held, loaded });
}

/** The state as sets of plain facts, in a stable order. */
function listsOf(state: TenantState) {
  const sorted = (items: string[]) => [...items].sort();
  const members = new Set(state.groups.flatMap((group) => group.memberEmails));
  const holders = new Set([...state.applicationGrants, ...state.projectGrants].map((grant) => grant.principalId));
  return {
    settings: state.settings,
    roleModel: state.roleModel,
    // A user the tenant no longer refers to may linger in a held state; everyone it refers to must match.
    users: sorted(
      state.users
        .filter((user) => holders.has(user.id) || members.has(user.email))
        .map((user) => JSON.stringify([user.id, user.email, user.hasSignedIn, user.guest])),
    ),
    groups: sorted(state.groups.map((group) => JSON.stringify([group.id, group.name, sorted([...group.memberEmails])]))),
    apiKeys: sorted(state.apiKeys.map((key) => key.id)),
    applicationGrants: sorted(state.applicationGrants.map((grant) => `${grant.kind}:${grant.principalId}:${grant.role}`)),
    projectGrants: sorted(state.projectGrants.map((grant) => `${grant.projectId}:${grant.kind}:${grant.principalId}:${grant.role}`)),
    projects: sorted(state.projects.map((project) => `${project.id}:${project.name}`)),
    records: sorted(state.records.map((record) => `${record.id}:${record.projectId}:${record.assigneeUserId}`)),
  };
}

function expectSameDecisions({ held, loaded }: { held: TenantContext; loaded: TenantState }) {
  const fresh = compileTenant({ product: held.product, state: loaded });
  const principals = new Set([...loaded.users, ...loaded.groups, ...loaded.apiKeys, ...held.state.users, ...held.state.apiKeys].map((item) => item.id));
  const places = [undefined, ...loaded.projects.map((project) => project.id)];
  const members = tenantMemberIds({ state: loaded });
  for (const principalId of principals) {
    for (const permission of held.product.index.permissionIds) {
      for (const projectId of places) {
        const query = { principalId, permission, ...(projectId ? { projectId } : {}) };
        expect(held.decisions.can(query), JSON.stringify(query)).toBe(fresh.can(query));
      }
    }
    expect(held.memberships.has(principalId), `member ${principalId}`).toBe(members.has(principalId));
  }
}
