import fc from 'fast-check';
import type { AnyProduct } from '../../src/define-product.js';
import { emptyTenantState } from '../../src/decisions/empty-tenant-state.js';
import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '../../src/model/product-definition.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { products } from '../../src/products/index.js';

export const USERS = ['u0', 'u1', 'u2', 'u3'];
export const GROUPS = ['g0', 'g1'];
export const KEYS = ['k0', 'k1'];
export const PROJECTS = ['p0', 'p1', 'p2'];
export const DEPARTMENTS = ['d0', 'd1'];
export const RECORDS = ['r0', 'r1', 'r2'];
export const RUNS = Number(process.env.FC_NUM_RUNS ?? 150);

const someOf = <T>(values: readonly T[]) => fc.subarray([...values]);

/** A small tenant using every kind of grant and reference the core knows, with some dangling ids. */
export function stateOf(product: AnyProduct): fc.Arbitrary<TenantState> {
  const principal = fc.oneof(
    fc.record({ principalId: fc.constantFrom(...USERS, 'ghost'), kind: fc.constant('user' as const) }),
    fc.record({ principalId: fc.constantFrom(...GROUPS, 'g-unloaded'), kind: fc.constant('group' as const) }),
    fc.record({ principalId: fc.constantFrom(...KEYS, 'k-deleted'), kind: fc.constant('apiKey' as const) }),
  );
  const projectRole = fc.constantFrom(...Object.keys(product.projectRoles), 'no-such-role');
  return fc
    .record({
      roleModel: fc.constantFrom('current' as const, 'legacy' as const),
      applicationGrants: fc.array(fc.record({ grantee: principal, role: fc.constantFrom(...APPLICATION_ROLE_IDS) }), { maxLength: 6 }),
      projectGrants: fc.array(fc.record({ grantee: principal, role: projectRole, projectId: fc.constantFrom(...PROJECTS, ...DEPARTMENTS, 'p-gone') }), {
        maxLength: 8,
      }),
      groupMembers: fc.tuple(someOf(['U0@example.com', 'u1@example.com', 'stranger@example.com']), someOf(['u1@example.com', 'u2@example.com'])),
      keyBeforeCutoff: fc.tuple(fc.boolean(), fc.boolean()),
      assignees: fc.array(fc.constantFrom(...USERS, null), { minLength: RECORDS.length, maxLength: RECORDS.length }),
      // Some records belong to a rule (of their project or not, or one that is gone): the decisions follow the link.
      recordRules: fc.array(fc.constantFrom('c0', 'c1', null), { minLength: RECORDS.length, maxLength: RECORDS.length }),
      restricted: fc.boolean(),
      rules: fc.array(fc.record({ projectId: fc.constantFrom(...PROJECTS), recipients: someOf([...USERS, 'g0']) }), { maxLength: 2 }),
      legacyGrants: fc.array(fc.record({ userId: fc.constantFrom(...USERS), role: fc.constantFrom(...LEGACY_ROLE_IDS) }), { maxLength: 4 }),
      departmentMembers: fc.tuple(someOf(USERS), someOf(USERS)),
    })
    .map((sketch) => ({
      ...emptyTenantState({ tenantId: 't', productId: product.id, roleModel: sketch.roleModel }),
      settings: { projectCreation: sketch.restricted ? ('administrators' as const) : ('project-creators' as const) },
      users: USERS.map((id) => ({ id, email: `${id}@example.com`, name: id, hasSignedIn: true, guest: false })),
      groups: GROUPS.map((id, index) => ({ id, name: id, email: null, memberEmails: sketch.groupMembers[index]! })),
      apiKeys: KEYS.map((id, index) => ({
        id,
        description: id,
        createdAt: sketch.keyBeforeCutoff[index] ? '2023-01-01T00:00:00Z' : '2025-01-01T00:00:00Z',
        expiresAt: null,
        allowedIps: [],
      })),
      applicationGrants: sketch.applicationGrants.map(({ grantee, role }) => ({ ...grantee, role })),
      // p2 was made from department d1 (R22).
      projects: PROJECTS.map((id) => ({ id, name: id, departmentId: id === 'p2' ? 'd1' : null })),
      projectGrants: sketch.projectGrants.map(({ grantee, role, projectId }) => ({ ...grantee, role, projectId })),
      records: RECORDS.map((id, index) => ({
        id,
        projectId: PROJECTS[index % 2]!,
        assigneeUserId: sketch.assignees[index]!,
        ruleId: sketch.recordRules[index]!,
      })),
      communicationRules: sketch.rules.map((rule, index) => ({
        id: `c${index}`,
        projectId: rule.projectId,
        name: `c${index}`,
        recipientUserIds: rule.recipients,
      })),
      legacyGrants: sketch.legacyGrants,
      departments: DEPARTMENTS.map((id, index) => ({ id, name: id, memberUserIds: sketch.departmentMembers[index]! })),
    }));
}

/** A product and a random tenant state of it. */
export const everyProduct = fc.constantFrom(...products).chain((product) => fc.record({ product: fc.constant(product), state: stateOf(product) }));
