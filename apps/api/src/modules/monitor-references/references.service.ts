import { Injectable } from '@nestjs/common';
import {
  isLimitedMember,
  planAssignRecord,
  planCreateCommunicationRule,
  planCreateRecord,
  planDeleteCommunicationRule,
  referencesOfUser,
} from '@loome/roles-core';
import { actorOf, auditActorOf, type SignedInCaller } from '../../auth/caller.js';
import { newId } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/problem.error.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import { TenantMutationService } from '../tenants/tenant-mutation.service.js';
import { principalIdOf } from '../projects/projects.service.js';
import { recordsPage, rulesPage } from './reference-pages.js';
import type { ListReferencesInput } from './schemas/list-references.schema.js';
import type { AssignRecordInput, CreateCommunicationRuleInput, CreateRecordInput } from './schemas/references.schema.js';

/** R17: Monitor records and communication rules, the references that keep Limited Members. */
@Injectable()
export class ReferencesService {
  constructor(
    private readonly contexts: TenantContextService,
    private readonly mutations: TenantMutationService,
  ) {}

  createRecord({ caller, tenantId, projectId, input }: { caller: SignedInCaller; tenantId: string; projectId: string; input: CreateRecordInput }) {
    const recordId = newId();
    const assigneeEmail = input.assigneeEmail ?? null;
    const ruleId = input.ruleId ?? null;
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planCreateRecord({ product, state, actor: actorOf({ caller }), request: { projectId, recordId, assigneeEmail, ruleId } }),
      answer: () => ({ id: recordId, projectId, assigneeEmail, ruleId }),
    });
  }

  assignRecord({
    caller,
    tenantId,
    projectId,
    recordId,
    input,
  }: {
    caller: SignedInCaller;
    tenantId: string;
    projectId: string;
    recordId: string;
    input: AssignRecordInput;
  }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) =>
        planAssignRecord({ product, state, actor: actorOf({ caller }), request: { projectId, recordId, assigneeEmail: input.email } }),
      answer: () => ({ id: recordId, projectId, assigneeEmail: input.email }),
    });
  }

  createRule({ caller, tenantId, projectId, input }: { caller: SignedInCaller; tenantId: string; projectId: string; input: CreateCommunicationRuleInput }) {
    const ruleId = newId();
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planCreateCommunicationRule({ product, state, actor: actorOf({ caller }), request: { projectId, ruleId, ...input } }),
      answer: () => ({ id: ruleId, projectId, name: input.name }),
    });
  }

  deleteRule({ caller, tenantId, projectId, ruleId }: { caller: SignedInCaller; tenantId: string; projectId: string; ruleId: string }) {
    return this.mutations.mutate({
      tenantId,
      actor: auditActorOf({ caller }),
      plan: ({ product, state }) => planDeleteCommunicationRule({ product, state, actor: actorOf({ caller }), request: { projectId, ruleId } }),
      answer: () => ({ deleted: ruleId }),
    });
  }

  async listRecords({ caller, tenantId, projectId, paging }: { caller: SignedInCaller; tenantId: string; projectId: string; paging: ListReferencesInput }) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    return recordsPage({ context, principalId: principalIdOf({ caller }), projectId, paging });
  }

  async listRules({ caller, tenantId, projectId, paging }: { caller: SignedInCaller; tenantId: string; projectId: string; paging: ListReferencesInput }) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    return rulesPage({ context, principalId: principalIdOf({ caller }), projectId, paging });
  }

  /** Monitor's Limited Member view: each one with the records and rules that keep them. */
  async limitedMembers({ tenantId }: { tenantId: string }) {
    const context = await this.contexts.get({ tenantId });
    if (!context) throw notFound('Tenant');
    const { product, state } = context;
    const items = state.projects.flatMap((project) =>
      state.users
        .filter((user) => isLimitedMember({ product, state, userId: user.id, projectId: project.id }))
        .map((user) => ({
          principalId: user.id,
          email: user.email,
          name: user.name,
          status: user.hasSignedIn ? 'User' : 'User Invitation',
          project: { id: project.id, name: project.name },
          references: referencesOfUser({ product, state, userId: user.id, projectId: project.id }),
        })),
    );
    return { items };
  }
}
