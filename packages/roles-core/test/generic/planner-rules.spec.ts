/**
 * The rules every product shares, whatever its configuration says: each planner is run for every
 * registered product, with actors and roles chosen from that product's own configuration.
 */
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/decisions/index.js';
import type { ApplicationRoleId } from '../../src/model/product-definition.js';
import type { TenantState } from '../../src/model/tenant-state.js';
import {
  applyEffects,
  planAddApplicationMembers,
  planAddProjectMembers,
  planCreateApiKey,
  planCreateProject,
  planDeleteApiKey,
  planRemoveApplicationMember,
  planRemoveProjectMember,
} from '../../src/planners/index.js';
import { apiKeyRecord, asUser, emailOf, groupRecord, productTenant, TIERS_ASCENDING, tiersHolding, tiersLacking, userRecord } from './product-tenant.js';
import { productCases } from './registered-products.js';

function granted(state: TenantState, grants: { principalId: string; kind: 'user' | 'group' | 'apiKey'; role: ApplicationRoleId }[]): TenantState {
  return { ...state, applicationGrants: [...state.applicationGrants, ...grants] };
}

function accepted<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify((result as { refusal?: unknown }).refusal)}`);
  return result as Extract<T, { ok: true }>;
}

describe.each(productCases)('$id: rules every product keeps', ({ product }) => {
  const managerTiers = tiersHolding({ product, permission: product.userManagementPermission });

  it.each(managerTiers)('R10: a %s cannot remove their own account, even with another administrator present', (tier) => {
    const state = productTenant({ product, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
    const result = planRemoveApplicationMember({ product, state, actor: asUser('ada'), request: { role: tier, principalId: 'ada' } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });

  // Moving to a role that carries nothing the mover lacks, so that R9 cannot answer first.
  const selfMoves = managerTiers.flatMap((tier) => {
    const held = new Set(product.applicationRoles[tier].permissions);
    const target = TIERS_ASCENDING.find((role) => role !== tier && product.applicationRoles[role].permissions.every((p) => held.has(p)));
    return target ? [{ tier, target }] : [];
  });

  it.each(selfMoves)('R10: a $tier cannot move themselves to $target: moving yourself is removing yourself', ({ tier, target }) => {
    const state = productTenant({ product, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
    const result = planAddApplicationMembers({ product, state, actor: asUser('ada'), request: { role: target, kind: 'user', emails: emailOf('ada') } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });

  it('R10: a project owner cannot remove themselves from the project', () => {
    const state = productTenant({
      product,
      sketch: { userRoles: { ada: 'consumer' }, projectGrants: [{ projectId: 'p-1', principalId: 'ada', kind: 'user', role: product.projectOwnerRole }] },
    });
    const result = planRemoveProjectMember({ product, state, actor: asUser('ada'), request: { projectId: 'p-1', principalId: 'ada' } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CANNOT_REMOVE_SELF' } });
  });

  describe('R11: the last directly held administrator stays', () => {
    // Gus manages users through a group, so the refusal is R11's, not R10's.
    const base = productTenant({
      product,
      sketch: { userRoles: { ada: 'administrator' }, extraUsers: [userRecord({ id: 'gus' })], groups: [groupRecord({ id: 'admins', members: ['gus'] })] },
    });
    const lone = granted(base, [{ principalId: 'admins', kind: 'group', role: 'administrator' }]);

    it('R11: the last administrator cannot be removed', () => {
      const result = planRemoveApplicationMember({ product, state: lone, actor: asUser('gus'), request: { role: 'administrator', principalId: 'ada' } });
      expect(result).toMatchObject({ ok: false, refusal: { code: 'LAST_ADMINISTRATOR' } });
    });

    it('R11: the last administrator cannot be demoted', () => {
      const result = planAddApplicationMembers({
        product,
        state: lone,
        actor: asUser('gus'),
        request: { role: 'consumer', kind: 'user', emails: emailOf('ada') },
      });
      expect(result).toMatchObject({ ok: false, refusal: { code: 'LAST_ADMINISTRATOR' } });
    });

    it('R11: with a second administrator the first can go, and one stays', () => {
      const two = granted(lone, [{ principalId: 'bo', kind: 'user', role: 'administrator' }]);
      const state = { ...two, users: [...two.users, userRecord({ id: 'bo' })] };
      const result = accepted(planRemoveApplicationMember({ product, state, actor: asUser('gus'), request: { role: 'administrator', principalId: 'ada' } }));
      const after = applyEffects({ state, effects: result.effects });
      expect(after.applicationGrants.filter((g) => g.kind === 'user' && g.role === 'administrator').map((g) => g.principalId)).toEqual(['bo']);
    });
  });

  it.each(tiersLacking({ product, permission: product.userManagementPermission }))(
    'R9: a %s, without the user-management permission, cannot add or remove members',
    (tier) => {
      const state = productTenant({ product, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
      const add = planAddApplicationMembers({ product, state, actor: asUser('ada'), request: { role: 'consumer', kind: 'user', emails: 'new@example.com' } });
      const remove = planRemoveApplicationMember({ product, state, actor: asUser('ada'), request: { role: 'administrator', principalId: 'bo' } });
      expect([add, remove]).toMatchObject([
        { ok: false, refusal: { code: 'FORBIDDEN' } },
        { ok: false, refusal: { code: 'FORBIDDEN' } },
      ]);
    },
  );

  describe('R13: an API key lives while it holds an application role', () => {
    const state = productTenant({
      product,
      sketch: {
        userRoles: { ada: 'administrator' },
        apiKeys: [apiKeyRecord({ id: 'k-1' })],
        projectGrants: [{ projectId: 'p-1', principalId: 'k-1', kind: 'apiKey', role: product.projectOwnerRole }],
      },
    });

    it('R13: removing a key from one of two roles keeps the key and its other roles', () => {
      const withTwo = granted(state, [
        { principalId: 'k-1', kind: 'apiKey', role: 'consumer' },
        { principalId: 'k-1', kind: 'apiKey', role: 'project-creator' },
      ]);
      const result = accepted(
        planRemoveApplicationMember({ product, state: withTwo, actor: asUser('ada'), request: { role: 'consumer', principalId: 'k-1' } }),
      );
      const after = applyEffects({ state: withTwo, effects: result.effects });
      expect(after.apiKeys.map((k) => k.id)).toEqual(['k-1']);
      expect(after.applicationGrants.filter((g) => g.principalId === 'k-1').map((g) => g.role)).toEqual(['project-creator']);
      expect(after.projectGrants.filter((g) => g.principalId === 'k-1')).toHaveLength(1);
    });

    it('R13: removing a key from its last role deletes it from the tenant and every project role', () => {
      const withOne = granted(state, [{ principalId: 'k-1', kind: 'apiKey', role: 'consumer' }]);
      const result = accepted(
        planRemoveApplicationMember({ product, state: withOne, actor: asUser('ada'), request: { role: 'consumer', principalId: 'k-1' } }),
      );
      const after = applyEffects({ state: withOne, effects: result.effects });
      expect(after.apiKeys).toEqual([]);
      expect(after.projectGrants.filter((g) => g.principalId === 'k-1')).toEqual([]);
      const decisions = compileTenant({ product, state: after });
      expect(Object.keys(product.permissions).filter((permission) => decisions.can({ principalId: 'k-1', permission }))).toEqual([]);
    });
  });

  it.each(tiersHolding({ product, permission: product.projectCreation.permission }))(
    'R16: a %s who creates a project becomes its owner, with every owner permission there',
    (tier) => {
      const state = productTenant({ product, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
      const result = accepted(planCreateProject({ product, state, actor: asUser('ada'), request: { projectId: 'p-new', name: 'New' } }));
      const after = applyEffects({ state, effects: result.effects });
      expect(after.projectGrants).toContainEqual({ projectId: 'p-new', principalId: 'ada', kind: 'user', role: product.projectOwnerRole });
      const decisions = compileTenant({ product, state: after });
      const ownerPermissions = product.projectRoles[product.projectOwnerRole]!.permissions;
      expect(ownerPermissions.filter((permission) => !decisions.can({ principalId: 'ada', permission, projectId: 'p-new' }))).toEqual([]);
    },
  );

  it.each(tiersLacking({ product, permission: product.projectCreation.permission }))('R16: a %s cannot create projects', (tier) => {
    const state = productTenant({ product, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
    const result = planCreateProject({ product, state, actor: asUser('ada'), request: { projectId: 'p-new', name: 'New' } });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
  });

  describe('a principal with no grants', () => {
    const state = productTenant({
      product,
      sketch: { userRoles: { bo: 'administrator' }, extraUsers: [userRecord({ id: 'nobody' })], apiKeys: [apiKeyRecord({ id: 'k-1' })] },
    });
    const stateWithKeyRole = granted(state, [{ principalId: 'k-1', kind: 'apiKey', role: 'consumer' }]);
    const actor = asUser('nobody');

    it('holds no permission, tenant-wide or on any project', () => {
      const decisions = compileTenant({ product, state });
      const tenantHeld = Object.keys(product.permissions).filter((permission) => decisions.can({ principalId: 'nobody', permission }));
      const projectHeld = Object.keys(product.projectPermissions).filter((permission) =>
        decisions.can({ principalId: 'nobody', permission, projectId: 'p-1' }),
      );
      expect({ tenantHeld, projectHeld }).toEqual({ tenantHeld: [], projectHeld: [] });
    });

    it('R9: is refused every change', () => {
      const results = [
        planAddApplicationMembers({ product, state, actor, request: { role: 'consumer', kind: 'user', emails: 'new@example.com' } }),
        planRemoveApplicationMember({ product, state, actor, request: { role: 'administrator', principalId: 'bo' } }),
        planCreateProject({ product, state, actor, request: { projectId: 'p-new', name: 'New' } }),
        planAddProjectMembers({
          product,
          state,
          actor,
          request: { projectId: 'p-1', role: product.projectOwnerRole, kind: 'user', emails: 'new@example.com' },
        }),
        planCreateApiKey({ product, state, actor, request: { apiKeyId: 'k-2', description: 'mine' } }),
        planDeleteApiKey({ product, state: stateWithKeyRole, actor, request: { apiKeyId: 'k-1' } }),
      ];
      expect(results.map((result) => (result.ok ? 'accepted' : result.refusal.code))).toEqual(Array(results.length).fill('FORBIDDEN'));
    });
  });
});
