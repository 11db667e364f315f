import { Injectable } from '@nestjs/common';
import { describeReason, reasonNamesOf, refuseUnknownResource, UnknownPermissionError, type PrincipalSelector } from '@loome/roles-core';
import type { SignedInCaller } from '../../auth/caller.js';
import { heldTenantPermissions } from '../../auth/held-permissions.js';
import { forbidden, notFound, ProblemError } from '../../common/errors/problem.error.js';
import { TenantContextService, type TenantContext } from '../tenants/tenant-context.service.js';
import { batchAnswerJson } from './batch-answer-json.js';
import { describeReasonOnce } from './describe-reason-once.js';
import { RememberedAnswers, type CheckAnswer } from './remembered-answers.js';
import type { CheckInput } from './schemas/check.schema.js';

/** R19, R20, R23 and the `check` contract: decisions answered from the compiled tenant. */
@Injectable()
export class ChecksService {
  constructor(private readonly contexts: TenantContextService) {}

  async check({ caller, tenantId, check }: { caller: SignedInCaller; tenantId: string; check: CheckInput }) {
    const context = await this.context({ tenantId, caller });
    const selector = this.selectorsFor({ context, caller })(check);
    const { explanation, reason } = this.answer({ context, selector, check });
    return { allowed: explanation.allowed, reason, reasons: explanation.reasons };
  }

  async batch({ caller, tenantId, checks }: { caller: SignedInCaller; tenantId: string; checks: CheckInput[] }) {
    const context = await this.context({ tenantId, caller });
    const selectorOf = this.selectorsFor({ context, caller });
    const remembered = RememberedAnswers.of({ context });
    // The contract's `{allowed, reason}` only: structured reasons made a batch several times larger to send.
    const compute = (selector: PrincipalSelector, check: CheckInput): CheckAnswer => {
      const { explanation, reason } = this.answer({ context, selector, check });
      return { allowed: explanation.allowed, reason };
    };
    return { results: checks.map((check) => remembered.answer({ selector: selectorOf(check), check, compute })) };
  }

  /** `batch` as the REST answer's JSON text, written from each remembered answer's own JSON. */
  async batchJson(input: { caller: SignedInCaller; tenantId: string; checks: CheckInput[] }): Promise<string> {
    return batchAnswerJson(await this.batch(input));
  }

  /** R23: the caller's roles, effective permissions and the reason for each. */
  async me({ caller, tenantId }: { caller: SignedInCaller; tenantId: string }) {
    const context = await this.context({ tenantId, caller });
    const { decisions, product } = context;
    const held = decisions.effectivePermissions(selfSelector({ caller }));
    // A person reads these: projects, rules and departments by their names as the tenant has them
    // now, never remembered, so a rename shows at once (check's reason keeps ids for API clients).
    const names = reasonNamesOf({ state: context.state });
    const describe = (permissions: typeof held.tenant) =>
      permissions.map(({ permission, label, reasons }) => ({
        permission,
        label,
        reasons: reasons.map((reason) => ({ ...reason, text: describeReason({ product, reason, names }) })),
      }));
    // Contract "Scoped permissions": every role held, even one that carries nothing outside its scope yet.
    const roles = held.roles.map(({ source, scopes }) => ({
      source,
      scopes: scopes.map((scope) => ({ ...scope, text: describeReason({ product, reason: { source, scope, applies: true }, names }) })),
    }));
    return {
      tenant: { id: context.tenant.id, name: context.tenant.name, roleModel: context.state.roleModel },
      product: { id: product.id, name: product.name },
      principal: held.principal ? { kind: held.principal.kind, id: held.principal.id, email: held.principal.email } : null,
      roles,
      permissions: describe(held.tenant),
      projects: held.projects.map(({ projectId, permissions }) => ({
        projectId,
        // A legacy department's id stands for its project-to-be (R22): it reads as the department.
        projectName: names.project(projectId) ?? null,
        permissions: describe(permissions),
      })),
    };
  }

  private answer({ context, selector, check }: { context: TenantContext; selector: PrincipalSelector; check: CheckInput }) {
    const query = { ...selector, permission: check.permission, projectId: check.projectId, recordId: check.recordId };
    // Contract "Strict input": a project or record the tenant does not have is NOT_FOUND, like another tenant's.
    const unknown = refuseUnknownResource({ state: context.state, query });
    if (unknown) throw new ProblemError(unknown.code, unknown.message);
    try {
      const explanation = context.decisions.explain(query);
      const texts = explanation.reasons.map((reason) => describeReasonOnce({ product: context.product, reason }));
      return { explanation, reason: texts.length > 0 ? texts.join('; ') : 'No role of this principal carries this permission' };
    } catch (error) {
      if (error instanceof UnknownPermissionError) throw new ProblemError('VALIDATION', error.message);
      throw error;
    }
  }

  /**
   * Checking someone else needs the user-management permission, or a key with remote access.
   * What the caller may check is settled once per request, at its first check of someone else.
   */
  private selectorsFor({ context, caller }: { context: TenantContext; caller: SignedInCaller }): (check: CheckInput) => PrincipalSelector {
    const self = selfSelector({ caller });
    let othersAllowed: boolean | undefined;
    const mayCheckOthers = () => {
      const { product } = context;
      const held = heldTenantPermissions({ context, caller });
      const remote = caller.kind === 'apiKey' && product.remoteAccessPermission !== null && held.has(product.remoteAccessPermission);
      return held.has(product.userManagementPermission) || remote;
    };
    return (check) => {
      const target: PrincipalSelector = check.principalId ? { principalId: check.principalId } : check.email ? { email: check.email } : self;
      const isSelf =
        (target.principalId !== undefined && target.principalId === self.principalId) ||
        (target.email !== undefined && caller.kind === 'user' && target.email === caller.email);
      if (isSelf) return target;
      if (!(othersAllowed ??= mayCheckOthers())) throw forbidden('Checking someone else needs the user-management permission');
      return target;
    };
  }

  private async context({ tenantId, caller }: { tenantId: string; caller: SignedInCaller }): Promise<TenantContext> {
    const context = await this.contexts.get({ tenantId, request: caller });
    if (!context) throw notFound('Tenant');
    return context;
  }
}

function selfSelector({ caller }: { caller: SignedInCaller }): { principalId: string } {
  return { principalId: caller.kind === 'user' ? caller.userId : caller.apiKeyId };
}
