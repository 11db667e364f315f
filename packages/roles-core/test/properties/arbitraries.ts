/** fast-check generators: random tenants of any product and random planned operations on them. */
import fc from 'fast-check';
import type { AnyProduct } from '../../src/define-product.js';
import { APPLICATION_ROLE_IDS, type ApplicationRoleId } from '../../src/model/product-definition.js';
import type { Actor, ApplicationGrant, ProjectGrant, TenantState } from '../../src/model/tenant-state.js';
import { assist, integrate, monitor } from '../../src/products/index.js';
import { apiKeyRecord, emailOf, groupRecord, userRecord } from './fixtures.js';
import { sampleProduct } from './sample-product.js';

export const PRODUCTS: readonly AnyProduct[] = [integrate, assist, monitor, sampleProduct];
export const USER_IDS = ['u0', 'u1', 'u2', 'u3', 'u4'] as const;
export const GROUP_IDS = ['g0', 'g1'] as const;
export const KEY_IDS = ['k0', 'k1'] as const;
export const PROJECT_IDS = ['p0', 'p1'] as const;
/** Addresses requests may name: tenant users and people the tenant has never seen. */
export const EMAILS = [...USER_IDS.map(emailOf), 'new0@example.com', 'new1@example.com'];

const applicationRole = fc.constantFrom<ApplicationRoleId>(...APPLICATION_ROLE_IDS);

function projectRoleOf(product: AnyProduct) {
  return fc.constantFrom(...Object.keys(product.projectRoles).filter((role) => product.projectRoles[role]!.assignable));
}

/** A tenant of the product where u0 is an administrator (R11 holds at the start). */
export function tenantOf(product: AnyProduct): fc.Arbitrary<TenantState> {
  return fc
    .record({
      userRoles: fc.tuple(...USER_IDS.slice(1).map(() => fc.option(applicationRole, { nil: undefined }))),
      invited: fc.subarray([...USER_IDS]),
      groupMembers: fc.tuple(...GROUP_IDS.map(() => fc.subarray([...USER_IDS]))),
      groupRoles: fc.array(fc.tuple(fc.constantFrom(...GROUP_IDS), applicationRole), { maxLength: 3 }),
      keyRoles: fc.array(fc.tuple(fc.constantFrom(...KEY_IDS), applicationRole), { maxLength: 3 }),
      keyBeforeCutoff: fc.tuple(fc.boolean(), fc.boolean()),
      projectGrants: fc.array(
        fc.record({
          projectId: fc.constantFrom(...PROJECT_IDS),
          principal: fc.constantFrom(
            ...USER_IDS.map((id) => ['user', id] as const),
            ...GROUP_IDS.map((id) => ['group', id] as const),
            ...KEY_IDS.map((id) => ['apiKey', id] as const),
          ),
          role: projectRoleOf(product),
        }),
        { maxLength: 6 },
      ),
      assignees: fc.tuple(...PROJECT_IDS.map(() => fc.option(fc.constantFrom(...USER_IDS), { nil: null }))),
      restricted: fc.boolean(),
    })
    .map((sketch): TenantState => {
      const applicationGrants: ApplicationGrant[] = [
        { principalId: 'u0', kind: 'user', role: 'administrator' },
        ...sketch.userRoles.flatMap((role, index): ApplicationGrant[] => (role ? [{ principalId: USER_IDS[index + 1]!, kind: 'user', role }] : [])),
        ...sketch.groupRoles.map(([principalId, role]): ApplicationGrant => ({ principalId, kind: 'group', role })),
        ...sketch.keyRoles.map(([principalId, role]): ApplicationGrant => ({ principalId, kind: 'apiKey', role })),
      ];
      const uniqueGrants = applicationGrants.filter((g, i) => applicationGrants.findIndex((o) => o.principalId === g.principalId && o.role === g.role) === i);
      const projectGrants = sketch.projectGrants.map(({ projectId, principal: [kind, principalId], role }): ProjectGrant => ({
        projectId,
        principalId,
        kind,
        role,
      }));
      return {
        tenantId: 't1',
        productId: product.id,
        roleModel: 'current',
        settings: { projectCreation: sketch.restricted ? 'administrators' : 'project-creators' },
        users: USER_IDS.map((id) => userRecord({ id, hasSignedIn: !sketch.invited.includes(id) })),
        groups: GROUP_IDS.map((id, index) => groupRecord({ id, members: sketch.groupMembers[index]! })),
        apiKeys: KEY_IDS.map((id, index) => apiKeyRecord({ id, createdAt: sketch.keyBeforeCutoff[index] ? '2023-01-01T00:00:00Z' : '2025-01-01T00:00:00Z' })),
        applicationGrants: uniqueGrants,
        projects: PROJECT_IDS.map((id) => ({ id, name: id, departmentId: null })),
        projectGrants: projectGrants.filter(
          (g, i) =>
            projectGrants.findIndex((o) => o.projectId === g.projectId && o.principalId === g.principalId && o.kind === g.kind && o.role === g.role) === i,
        ),
        records: PROJECT_IDS.map((projectId, index) => ({ id: `r${index}`, projectId, assigneeUserId: sketch.assignees[index] ?? null, ruleId: null })),
        communicationRules: [],
        legacyGrants: [],
        departments: [],
      };
    });
}

// The first administrator acts more often, so that removals and moves get past the permission gate.
export const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  { arbitrary: fc.constant<Actor>({ kind: 'user', userId: 'u0' }), weight: 2 },
  fc.constantFrom(...USER_IDS).map((userId): Actor => ({ kind: 'user', userId })),
  fc.constantFrom(...KEY_IDS).map((apiKeyId): Actor => ({ kind: 'apiKey', apiKeyId })),
);

/** One request to one planner, as plain data so failures print readably. */
export type Operation =
  | {
      op: 'add-app';
      role: ApplicationRoleId;
      body: { kind: 'user'; emails: string } | { kind: 'group'; groupIds: string[] } | { kind: 'apiKey'; apiKeyIds: string[] };
    }
  | { op: 'remove-app'; role: ApplicationRoleId; principalId: string }
  | { op: 'add-project'; projectId: string; role: string; body: { kind: 'user'; emails: string } | { kind: 'group'; groupIds: string[] } }
  | { op: 'remove-project'; projectId: string; principalId: string }
  | { op: 'create-project'; projectId: string }
  | { op: 'rename-project'; projectId: string; name: string }
  | { op: 'delete-project'; projectId: string }
  | { op: 'delete-key'; apiKeyId: string }
  | { op: 'assign-record'; recordId: string; assigneeEmail: string | null }
  | { op: 'resend-invitation'; principalId: string }
  | { op: 'revoke-invitation'; principalId: string };

export function operationOf(product: AnyProduct): fc.Arbitrary<Operation> {
  const principalId = fc.constantFrom<string>(...USER_IDS, ...GROUP_IDS, ...KEY_IDS);
  const emails = fc.subarray(EMAILS, { minLength: 1, maxLength: 3 }).map((list) => list.join('; '));
  return fc.oneof(
    fc.record({
      op: fc.constant('add-app' as const),
      role: applicationRole,
      body: fc.oneof(
        emails.map((text) => ({ kind: 'user' as const, emails: text })),
        fc.subarray([...GROUP_IDS], { minLength: 1 }).map((groupIds) => ({ kind: 'group' as const, groupIds })),
        fc.subarray([...KEY_IDS], { minLength: 1 }).map((apiKeyIds) => ({ kind: 'apiKey' as const, apiKeyIds })),
      ),
    }),
    fc.record({ op: fc.constant('remove-app' as const), role: applicationRole, principalId }),
    fc.record({
      op: fc.constant('add-project' as const),
      projectId: fc.constantFrom(...PROJECT_IDS),
      role: projectRoleOf(product),
      body: fc.oneof(
        emails.map((text) => ({ kind: 'user' as const, emails: text })),
        fc.subarray([...GROUP_IDS], { minLength: 1 }).map((groupIds) => ({ kind: 'group' as const, groupIds })),
      ),
    }),
    fc.record({ op: fc.constant('remove-project' as const), projectId: fc.constantFrom(...PROJECT_IDS), principalId }),
    fc.record({ op: fc.constant('create-project' as const), projectId: fc.constantFrom('p2', 'p3') }),
    fc.record({ op: fc.constant('rename-project' as const), projectId: fc.constantFrom(...PROJECT_IDS, 'p2'), name: fc.constantFrom('p2', 'Renamed', 'P0') }),
    fc.record({ op: fc.constant('delete-project' as const), projectId: fc.constantFrom(...PROJECT_IDS, 'p2') }),
    fc.record({ op: fc.constant('delete-key' as const), apiKeyId: fc.constantFrom(...KEY_IDS) }),
    fc.record({
      op: fc.constant('assign-record' as const),
      recordId: fc.constantFrom('r0', 'r1'),
      assigneeEmail: fc.option(fc.constantFrom(...EMAILS), { nil: null }),
    }),
    fc.record({ op: fc.constant('resend-invitation' as const), principalId }),
    fc.record({ op: fc.constant('revoke-invitation' as const), principalId }),
  );
}

export const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 1000);
