import { describe, expect, it } from 'vitest';
import { assist, integrate, monitor } from '../products/index.js';
import type { AnyProduct } from '../define-product.js';
import type { TenantState, UserRecord } from '../model/tenant-state.js';
import { compileTenant } from './compile-tenant.js';
import { describeReason } from './describe-reason.js';
import { emptyTenantState } from './empty-tenant-state.js';
import { reasonNamesOf } from './reason-names.js';

const ADA: UserRecord = { id: 'u-ada', email: 'ada@example.com', name: 'Ada', hasSignedIn: true, guest: false };
const SALES = { id: '5a1e5000-0000-4000-8000-000000000001', name: 'Sales', departmentId: null };

function stateOf({ product, patch }: { product: AnyProduct; patch: Partial<TenantState> }): TenantState {
  return { ...emptyTenantState({ tenantId: 't-1', productId: product.id }), users: [ADA], projects: [SALES], ...patch };
}

/** Every sentence the About view shows for Ada's roles, worded with the tenant's names or without. */
function roleTexts({ product, state, named }: { product: AnyProduct; state: TenantState; named: boolean }): string[] {
  const held = compileTenant({ product, state }).effectivePermissions({ principalId: ADA.id });
  const names = named ? reasonNamesOf({ state }) : undefined;
  return held.roles.flatMap(({ source, scopes }) =>
    scopes.map((scope) => describeReason({ product, reason: { source, scope, applies: true }, ...(names ? { names } : {}) })),
  );
}

describe('reasons in names (R23, issue 17)', () => {
  const owner = stateOf({
    product: integrate,
    patch: {
      applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
      projectGrants: [{ projectId: SALES.id, principalId: ADA.id, kind: 'user', role: 'owner' }],
    },
  });

  it('R23: the About view names the project of a project role by its name', () => {
    expect(roleTexts({ product: integrate, state: owner, named: true })).toContain('project role Owner on project "Sales"');
  });

  it("R23: without names a reason keeps the project's id, as check's reason has always said", () => {
    expect(roleTexts({ product: integrate, state: owner, named: false })).toContain(`project role Owner on project ${SALES.id}`);
  });

  it('R23: a renamed project reads by its new name at once, since names come from the state asked about', () => {
    const renamed = { ...owner, projects: [{ ...SALES, name: 'Sales EMEA' }] };
    expect(roleTexts({ product: integrate, state: renamed, named: true })).toContain('project role Owner on project "Sales EMEA"');
  });

  it("R19, R23: an Assist consumer's scope names the project they are assigned to", () => {
    const consumer = stateOf({
      product: assist,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        projectGrants: [{ projectId: SALES.id, principalId: ADA.id, kind: 'user', role: 'reader' }],
      },
    });
    expect(roleTexts({ product: assist, state: consumer, named: true })).toContain(
      'application role Consumer (consumer scope: only project "Sales", which they are assigned to)',
    );
  });

  it('R17, R23: a Limited Member reads by project, by how many records are assigned to them and by the names of the rules that email them', () => {
    const referenced = stateOf({
      product: monitor,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        records: [
          { id: 'rec-1', projectId: SALES.id, assigneeUserId: ADA.id, ruleId: null },
          { id: 'rec-2', projectId: SALES.id, assigneeUserId: ADA.id, ruleId: 'rule-1' },
        ],
        communicationRules: [{ id: 'rule-1', projectId: SALES.id, name: 'Weekly overdue invoices', recipientUserIds: [ADA.id] }],
      },
    });
    const texts = roleTexts({ product: monitor, state: referenced, named: true });
    expect(texts).toContain(
      'Limited Member of project "Sales" (only the 2 results assigned to them and the results of the rule "Weekly overdue invoices" that emails them)',
    );
    expect(texts).toContain(
      'application role Consumer (only the 2 results assigned to them and the results of the rule "Weekly overdue invoices" that emails them, in project "Sales")',
    );
    expect(texts.join(' ')).not.toMatch(/rec-|rule-1|5a1e5000/);
    // check's reason, for API clients, still lists the ids.
    expect(roleTexts({ product: monitor, state: referenced, named: false })).toContain(
      `Limited Member of project ${SALES.id} (records: rec-1, rec-2; rules: rule-1) (only the results of project ${SALES.id} assigned to them (rec-1, rec-2) and those of the rules that email them (rule-1))`,
    );
  });

  it('R17, R23: a Limited Member kept by one record says so, with no rule', () => {
    const assigned = stateOf({
      product: monitor,
      patch: {
        applicationGrants: [{ principalId: ADA.id, kind: 'user', role: 'consumer' }],
        records: [{ id: 'rec-1', projectId: SALES.id, assigneeUserId: ADA.id, ruleId: null }],
      },
    });
    expect(roleTexts({ product: monitor, state: assigned, named: true })).toContain('Limited Member of project "Sales" (only the result assigned to them)');
  });

  it("R21, R23: a BI Developer's legacy role names their department, and the department stands in for its project-to-be", () => {
    const legacy = stateOf({
      product: integrate,
      patch: {
        roleModel: 'legacy',
        projects: [],
        departments: [{ id: 'd-sales', name: 'Sales', memberUserIds: [ADA.id] }],
        legacyGrants: [{ userId: ADA.id, role: 'bi-developer' }],
      },
    });
    expect(roleTexts({ product: integrate, state: legacy, named: true })).toEqual(['legacy role BI Developer in department "Sales" (department "Sales" only)']);
    expect(reasonNamesOf({ state: legacy }).project('d-sales')).toBe('Sales');
  });

  it('R23: an id the names do not know still shows, rather than nothing', () => {
    const names = reasonNamesOf({ state: stateOf({ product: integrate, patch: {} }) });
    const text = describeReason({
      product: integrate,
      reason: {
        source: { kind: 'project-role', role: 'owner', projectId: 'p-gone', group: null },
        scope: { kind: 'project', projectId: 'p-gone' },
        applies: true,
      },
      names,
    });
    expect(text).toBe('project role Owner on project p-gone');
  });
});
