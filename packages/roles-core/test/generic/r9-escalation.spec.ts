/**
 * R9 for every product. The shipped configurations give the user-management permissions only to
 * roles that hold everything they could hand out, so escalation cannot even be attempted with
 * them; each product is therefore also tried with one role widened to manage members, which is
 * exactly the configuration change that would make escalation possible.
 */
import { describe, expect, it } from 'vitest';
import type { AnyProduct } from '../../src/define-product.js';
import type { ApplicationRoleId } from '../../src/model/product-definition.js';
import type { Refusal } from '../../src/model/refusal.js';
import { planAddApplicationMembers, planAddProjectMembers } from '../../src/planners/index.js';
import { asUser, assignableProjectRoles, productTenant, TIERS_ASCENDING } from './product-tenant.js';
import { productCases, variantOf } from './registered-products.js';

function missing({ wanted, held }: { wanted: readonly string[]; held: readonly string[] }): string[] {
  return wanted.filter((permission) => !held.includes(permission)).sort();
}

/** What a refused escalation tells the user: its code and the missing permissions, in any order. */
function refusalOf(result: { ok: boolean; refusal?: Refusal }): { code: string; missingPermissions?: string[] } | 'accepted' {
  if (result.ok || !result.refusal) return 'accepted';
  const { refusal } = result;
  return refusal.code === 'ESCALATION' ? { code: refusal.code, missingPermissions: [...refusal.missingPermissions].sort() } : { code: refusal.code };
}

/** Contract "Scoped permissions": a role holds every permission it carries, scoped ones included (within their scope). */
function heldTenantWide({ product, tier }: { product: AnyProduct; tier: ApplicationRoleId }): string[] {
  return [...product.applicationRoles[tier].permissions];
}

/** The product with `tier` also managing users; `null` when that tier would still hold everything. */
function withUserManagingTier({ product, tier }: { product: AnyProduct; tier: ApplicationRoleId }): AnyProduct | null {
  const role = product.applicationRoles[tier];
  const widened = [...new Set([...role.permissions, product.userManagementPermission])];
  if (missing({ wanted: product.applicationRoles.administrator.permissions, held: widened }).length === 0) return null;
  return variantOf({ product, change: { applicationRoles: { ...product.applicationRoles, [tier]: { ...role, permissions: widened } } } });
}

/** The product with its smallest hand-given non-owner project role also managing project members. */
function withMemberManagingProjectRole({ product }: { product: AnyProduct }): { product: AnyProduct; role: string } | null {
  const owner = product.projectRoles[product.projectOwnerRole]!;
  const [smallest] = assignableProjectRoles({ product })
    .filter((id) => id !== product.projectOwnerRole)
    .sort((a, b) => product.projectRoles[a]!.permissions.length - product.projectRoles[b]!.permissions.length);
  if (!smallest) return null;
  const role = product.projectRoles[smallest]!;
  const widened = [...new Set([...role.permissions, product.projectMembersPermission])];
  if (missing({ wanted: owner.permissions, held: widened }).length === 0) return null;
  return {
    role: smallest,
    product: variantOf({ product, change: { projectRoles: { ...product.projectRoles, [smallest]: { ...role, permissions: widened } } } }),
  };
}

describe.each(productCases)('$id: nobody grants what they do not hold', ({ product }) => {
  it('R9: every holder of the user-management permission holds every application role it can hand out', () => {
    for (const tier of TIERS_ASCENDING) {
      const held = heldTenantWide({ product, tier });
      if (!held.includes(product.userManagementPermission)) continue;
      const state = productTenant({ product, sketch: { userRoles: { ada: tier } } });
      for (const target of TIERS_ASCENDING) {
        const result = planAddApplicationMembers({ product, state, actor: asUser('ada'), request: { role: target, kind: 'user', emails: 'new@example.com' } });
        const lacking = missing({ wanted: product.applicationRoles[target].permissions, held });
        expect(refusalOf(result), `${tier} adds a ${target}`).toEqual(lacking.length > 0 ? { code: 'ESCALATION', missingPermissions: lacking } : 'accepted');
      }
    }
  });

  const tiers = (['project-creator', 'consumer'] as const).flatMap((tier) => {
    const variant = withUserManagingTier({ product, tier });
    return variant ? [{ tier, variant }] : [];
  });

  it.runIf(tiers.length > 0)('R9: a role widened to manage users hands out only roles it holds entirely', () => {
    for (const { tier, variant } of tiers) {
      const state = productTenant({ product: variant, sketch: { userRoles: { ada: tier, bo: 'administrator' } } });
      const held = heldTenantWide({ product: variant, tier });
      for (const target of TIERS_ASCENDING) {
        const result = planAddApplicationMembers({
          product: variant,
          state,
          actor: asUser('ada'),
          request: { role: target, kind: 'user', emails: 'new@example.com' },
        });
        const lacking = missing({ wanted: variant.applicationRoles[target].permissions, held });
        expect(refusalOf(result), `${tier} adds a ${target}`).toEqual(lacking.length > 0 ? { code: 'ESCALATION', missingPermissions: lacking } : 'accepted');
      }
      expect(
        refusalOf(
          planAddApplicationMembers({
            product: variant,
            state,
            actor: asUser('ada'),
            request: { role: 'administrator', kind: 'user', emails: 'new@example.com' },
          }),
        ),
      ).not.toBe('accepted');
    }
  });

  const projectVariant = withMemberManagingProjectRole({ product });

  it.runIf(projectVariant !== null)('R9: a project role widened to manage members cannot make anyone owner', () => {
    const { product: variant, role } = projectVariant!;
    const state = productTenant({
      product: variant,
      sketch: { userRoles: { ada: 'consumer', bo: 'administrator' }, projectGrants: [{ projectId: 'p-1', principalId: 'ada', kind: 'user', role }] },
    });
    const request = { projectId: 'p-1', role: variant.projectOwnerRole, kind: 'user', emails: 'new@example.com' } as const;
    const result = planAddProjectMembers({ product: variant, state, actor: asUser('ada'), request });
    const expected = missing({ wanted: variant.projectRoles[variant.projectOwnerRole]!.permissions, held: variant.projectRoles[role]!.permissions });
    expect(refusalOf(result)).toEqual({ code: 'ESCALATION', missingPermissions: expected });
    expect(planAddProjectMembers({ product: variant, state, actor: asUser('ada'), request: { ...request, role } }).ok).toBe(true);
  });
});
