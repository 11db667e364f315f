import { describe, expect, it } from 'vitest';
import { compileTenant, emptyTenantState } from '../../src/decisions/index.js';
import { getProduct } from '../../src/products/index.js';
import type { AnyProduct } from '../../src/define-product.js';
import type { ApplicationRoleId, LegacyRoleId } from '../../src/model/product-definition.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import { SPEC_MATRICES, cellsOf, permissionsOf } from './spec-matrices.js';

const USER = { id: 'u-1', email: 'ada@example.com', name: 'Ada', hasSignedIn: true, guest: false };
const PROJECTS = [
  { id: 'p-1', name: 'One', departmentId: null },
  { id: 'p-2', name: 'Two', departmentId: null },
];

function productOf(id: string): AnyProduct {
  const product = getProduct(id);
  if (!product) throw new Error(`no product ${id}`);
  return product;
}

function tenantWith({ product, patch }: { product: AnyProduct; patch: Partial<TenantState> }) {
  const state = { ...emptyTenantState({ tenantId: 't-1', productId: product.id }), users: [USER], projects: PROJECTS, ...patch };
  return compileTenant({ product, state });
}

describe.each(Object.entries(SPEC_MATRICES))('%s matrices (SPEC §3)', (productId, tables) => {
  const product = productOf(productId);

  it('declares exactly the tenant-wide and project permissions of SPEC §3', () => {
    expect(Object.keys(product.permissions).sort()).toEqual(permissionsOf(tables.application).sort());
    expect(Object.keys(product.projectPermissions).sort()).toEqual(permissionsOf(tables.project).sort());
  });

  it.each(cellsOf(tables.application))('application role $role: $permission is $mark', ({ role, permission, mark }) => {
    const tenant = tenantWith({
      product,
      patch: { applicationGrants: [{ principalId: USER.id, kind: 'user', role: role as ApplicationRoleId }] },
    });
    const anywhere = tenant.can({ principalId: USER.id, permission });
    const onProject = tenant.can({ principalId: USER.id, permission, projectId: 'p-1' });
    // Contract "Scoped permissions": a scoped permission is held by its role (anywhere), but reaches no resource outside the scope (R19).
    expect({ anywhere, onProject }).toEqual({ anywhere: mark === 'held' || mark === 'scoped', onProject: mark === 'held' });
  });

  it.each(cellsOf(tables.project).filter((cell) => cell.mark !== 'scoped'))(
    'project role $role: $permission is $mark on its project only',
    ({ role, permission, mark }) => {
      const limited = product.limitedMembers?.projectRole === role;
      const tenant = tenantWith({
        product,
        patch: limited
          ? { records: [{ id: 'r-1', projectId: 'p-1', assigneeUserId: USER.id, ruleId: null }] }
          : { projectGrants: [{ projectId: 'p-1', principalId: USER.id, kind: 'user', role }] },
      });
      expect(tenant.can({ principalId: USER.id, permission, projectId: 'p-1' })).toBe(mark === 'held');
      expect(tenant.can({ principalId: USER.id, permission, projectId: 'p-2' })).toBe(false);
    },
  );

  it.each(cellsOf(tables.project).filter((cell) => cell.mark === 'scoped'))(
    'project role $role: $permission holds only on the records that refer to the user',
    ({ permission }) => {
      const tenant = tenantWith({
        product,
        patch: {
          records: [
            { id: 'r-mine', projectId: 'p-1', assigneeUserId: USER.id, ruleId: null },
            { id: 'r-other', projectId: 'p-1', assigneeUserId: null, ruleId: null },
          ],
        },
      });
      expect(tenant.can({ principalId: USER.id, permission, recordId: 'r-mine' })).toBe(true);
      expect(tenant.can({ principalId: USER.id, permission, recordId: 'r-other' })).toBe(false);
    },
  );
});

describe('integrate legacy roles (SPEC §3, reference 002)', () => {
  const product = productOf('integrate');
  // SPEC: "bi-developer (own department)"; the others act tenant-wide.
  const departmentScoped = new Set<string>(['bi-developer']);

  it.each(cellsOf(SPEC_MATRICES.integrate.legacy))('legacy role $role: $permission is $mark', ({ role, permission, mark }) => {
    const tenant = tenantWith({
      product,
      patch: {
        roleModel: 'legacy',
        projects: [],
        departments: [
          { id: 'd-own', name: 'Own', memberUserIds: [USER.id] },
          { id: 'd-other', name: 'Other', memberUserIds: [] },
        ],
        legacyGrants: [{ userId: USER.id, role: role as LegacyRoleId }],
      },
    });
    const held = mark === 'held';
    expect(tenant.can({ principalId: USER.id, permission })).toBe(held);
    expect(tenant.can({ principalId: USER.id, permission, projectId: 'd-own' })).toBe(held);
    expect(tenant.can({ principalId: USER.id, permission, projectId: 'd-other' })).toBe(held && !departmentScoped.has(role));
  });

  it('legacy roles give nothing once the tenant runs the current model', () => {
    const tenant = tenantWith({ product, patch: { legacyGrants: [{ userId: USER.id, role: 'group-admin' }] } });
    expect(tenant.can({ principalId: USER.id, permission: 'jobs.view' })).toBe(false);
  });
});
