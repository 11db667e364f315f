import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/decisions/index.js';
import type { AnyProduct } from '../../src/define-product.js';
import { APPLICATION_ROLE_IDS, type ApplicationRoleId } from '../../src/model/product-definition.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { applicationCells, projectCells } from './derive-matrix.js';
import { assignableProjectRoles, productTenant, userRecord } from './product-tenant.js';
import { productCases } from './registered-products.js';

const ADA = userRecord({ id: 'ada' });

function decide({ product, patch }: { product: AnyProduct; patch: Partial<TenantState> }) {
  return compileTenant({ product, state: productTenant({ product, sketch: { extraUsers: [ADA], ...patch } }) });
}

function withApplicationRole(role: ApplicationRoleId): Partial<TenantState> {
  return { applicationGrants: [{ principalId: ADA.id, kind: 'user', role }] };
}

/** The references that make ADA a Limited Member of p-1, whichever kind the product counts. */
function limitedMemberReferences({ product }: { product: AnyProduct }): Partial<TenantState> {
  const records = [
    { id: 'r-mine', projectId: 'p-1', assigneeUserId: product.limitedMembers?.references.includes('record-assignment') ? ADA.id : null, ruleId: null },
    { id: 'r-elsewhere', projectId: 'p-2', assigneeUserId: null, ruleId: null },
  ];
  const emailed = !product.limitedMembers?.references.includes('record-assignment');
  const communicationRules = emailed ? [{ id: 'rule-1', projectId: 'p-1', name: 'Daily', recipientUserIds: [ADA.id] }] : [];
  return { records, communicationRules };
}

describe.each(productCases)('$id: the matrix derived from its own configuration is what `can` answers', ({ product }) => {
  it.each(applicationCells({ product }))('application role $role: $permission is $mark', ({ role, permission, mark }) => {
    const tenant = decide({ product, patch: withApplicationRole(role as ApplicationRoleId) });
    const anywhere = tenant.can({ principalId: ADA.id, permission });
    const onProject = tenant.can({ principalId: ADA.id, permission, projectId: 'p-1' });
    // Contract "Scoped permissions": a scoped permission is held by its role (anywhere), but reaches no resource outside the scope (R19).
    expect({ anywhere, onProject }).toEqual({ anywhere: mark === 'held' || mark === 'scoped', onProject: mark === 'held' });
  });

  it.each(applicationCells({ product }).filter((cell) => cell.mark === 'scoped'))(
    'R19: consumer $permission holds inside the consumer scope only',
    ({ permission }) => {
      const scope = product.consumerScope.kind;
      const assignedRole = assignableProjectRoles({ product })[0]!;
      const tenant = decide({
        product,
        patch: {
          ...withApplicationRole('consumer'),
          projectGrants: scope === 'assigned-projects' ? [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role: assignedRole }] : [],
          records: [
            { id: 'r-mine', projectId: 'p-1', assigneeUserId: ADA.id, ruleId: null },
            { id: 'r-other', projectId: 'p-2', assigneeUserId: null, ruleId: null },
          ],
        },
      });
      const inScope = scope === 'assigned-projects' ? { projectId: 'p-1' } : { recordId: 'r-mine' };
      const outOfScope = scope === 'assigned-projects' ? { projectId: 'p-2' } : { recordId: 'r-other' };
      expect(tenant.can({ principalId: ADA.id, permission, ...inScope })).toBe(true);
      expect(tenant.can({ principalId: ADA.id, permission, ...outOfScope })).toBe(false);
    },
  );

  it.each(APPLICATION_ROLE_IDS)(
    'R16: application role %s holds project permissions on every project exactly when it carries the project-management permission',
    (role) => {
      const tenant = decide({ product, patch: withApplicationRole(role) });
      const managesProjects = product.applicationRoles[role].permissions.includes(product.projectManagementPermission);
      for (const permission of Object.keys(product.projectPermissions)) {
        for (const projectId of ['p-1', 'p-2']) {
          expect(tenant.can({ principalId: ADA.id, permission, projectId }), `${permission} on ${projectId}`).toBe(managesProjects);
        }
      }
    },
  );

  it.each(projectCells({ product }).filter((cell) => cell.mark !== 'scoped'))(
    'project role $role: $permission is $mark on its project only',
    ({ role, permission, mark }) => {
      const tenant = decide({ product, patch: { projectGrants: [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role }] } });
      expect(tenant.can({ principalId: ADA.id, permission, projectId: 'p-1' })).toBe(mark === 'held');
      expect(tenant.can({ principalId: ADA.id, permission, projectId: 'p-2' })).toBe(false);
    },
  );

  it.each(projectCells({ product }).filter((cell) => cell.mark === 'scoped'))(
    'R17: Limited Member role $role: $permission holds only where the references point',
    ({ permission }) => {
      const tenant = decide({ product, patch: limitedMemberReferences({ product }) });
      expect(tenant.can({ principalId: ADA.id, permission, recordId: 'r-mine' })).toBe(true);
      expect(tenant.can({ principalId: ADA.id, permission, recordId: 'r-elsewhere' })).toBe(false);
    },
  );

  it.each(assignableProjectRoles({ product }))('project role %s gives nothing tenant-wide', (role) => {
    const tenant = decide({ product, patch: { projectGrants: [{ projectId: 'p-1', principalId: ADA.id, kind: 'user', role }] } });
    const held = Object.keys(product.permissions).filter((permission) => tenant.can({ principalId: ADA.id, permission }));
    expect(held).toEqual([]);
  });
});
