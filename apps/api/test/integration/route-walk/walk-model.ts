import { compileTenant, emptyTenantState, type AnyProduct, type CompiledTenant, type LimitedMemberReference, type TenantState } from '@loome/roles-core';
import { limitedMemberReference } from './limited-member-reference.js';
import { emailOf, type WalkTenantSpec } from './walk-callers.js';

/** The model's ids: a caller is its name, the walk's project and department are these. */
export const MODEL_PROJECT_ID = 'walk-project';
export const MODEL_DEPARTMENT_ID = 'walk-department';

/**
 * The tenant a walk spec describes, as roles-core sees it, built from the spec alone (never read
 * back from the API), so the expectations come from the SPEC's matrices and not from the code
 * under test. The first caller is the tenant's first manager and creates the walk's project (R16).
 */
export function compileWalkModel({ spec, product }: { spec: WalkTenantSpec; product: AnyProduct }): CompiledTenant {
  const state: TenantState = { ...emptyTenantState({ tenantId: spec.key, productId: product.id, roleModel: spec.roleModel }) };
  const users = spec.callers.filter((caller) => caller.kind === 'user');
  const keys = spec.callers.filter((caller) => caller.kind === 'apiKey');
  const manager = spec.callers[0]!.name;
  const consumerFor = (name: string) => ({ principalId: name, kind: 'user' as const, role: 'consumer' as const });
  const current = spec.roleModel === 'current';
  const limitedBy = (reference: LimitedMemberReference) => users.filter((user) => user.limitedMember && limitedMemberReference({ product }) === reference);
  return compileTenant({
    product,
    state: {
      ...state,
      users: users.map((user) => ({
        id: user.name,
        email: emailOf({ tenantKey: spec.key, caller: user.name }),
        name: user.name,
        hasSignedIn: true,
        guest: false,
      })),
      apiKeys: keys.map((key) => ({
        id: key.name,
        description: key.name,
        createdAt: key.importedCreatedAt ?? new Date().toISOString(),
        expiresAt: null,
        allowedIps: [],
      })),
      applicationGrants: [
        ...users.flatMap((user) => {
          if (user.applicationRole) return [{ principalId: user.name, kind: 'user' as const, role: user.applicationRole }];
          // R16a and R17: a project role or a reference makes a newcomer a consumer.
          return user.projectRole || user.limitedMember ? [consumerFor(user.name)] : [];
        }),
        ...keys.flatMap((key) => key.applicationRoles.map((role) => ({ principalId: key.name, kind: 'apiKey' as const, role }))),
      ],
      projects: current ? [{ id: MODEL_PROJECT_ID, name: 'Walk project', departmentId: null }] : [],
      projectGrants: current
        ? [
            { projectId: MODEL_PROJECT_ID, principalId: manager, kind: 'user' as const, role: product.projectOwnerRole },
            ...users.flatMap((user) =>
              user.projectRole ? [{ projectId: MODEL_PROJECT_ID, principalId: user.name, kind: 'user' as const, role: user.projectRole }] : [],
            ),
          ]
        : [],
      records: limitedBy('record-assignment').map((user) => ({
        id: `record-${user.name}`,
        projectId: MODEL_PROJECT_ID,
        assigneeUserId: user.name,
        ruleId: null,
      })),
      communicationRules: limitedBy('communication-rule').map((user) => ({
        id: `rule-${user.name}`,
        projectId: MODEL_PROJECT_ID,
        name: user.name,
        recipientUserIds: [user.name],
      })),
      legacyGrants: users.flatMap((user) => (user.legacyRole ? [{ userId: user.name, role: user.legacyRole }] : [])),
      departments: current ? [] : [{ id: MODEL_DEPARTMENT_ID, name: 'Walk department', memberUserIds: users.filter((u) => u.inDepartment).map((u) => u.name) }],
    },
  });
}
