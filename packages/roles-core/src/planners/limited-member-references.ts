/** Monitor-style references that derive and keep Limited Members (R17). */
import type { BlockingReferences } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';
import type { AnyProduct } from './plan-input.js';

/** Every record assigned to the user and every rule emailing them, optionally within one project. */
export function referencesOfUser({
  product,
  state,
  userId,
  projectId,
}: {
  product: AnyProduct;
  state: TenantState;
  userId: string;
  projectId?: string;
}): BlockingReferences {
  const kinds = product.limitedMembers?.references ?? [];
  const inScope = (candidate: string) => projectId === undefined || candidate === projectId;
  return {
    records: kinds.includes('record-assignment')
      ? state.records
          .filter((record) => record.assigneeUserId === userId && inScope(record.projectId))
          .map(({ id, projectId: recordProject }) => ({ id, projectId: recordProject }))
      : [],
    rules: kinds.includes('communication-rule')
      ? state.communicationRules
          .filter((rule) => rule.recipientUserIds.includes(userId) && inScope(rule.projectId))
          .map(({ id, projectId: ruleProject, name }) => ({ id, projectId: ruleProject, name }))
      : [],
  };
}

export function hasReferences({ references }: { references: BlockingReferences }): boolean {
  return references.records.length > 0 || references.rules.length > 0;
}

/** A user is a Limited Member of a project exactly while references exist and they hold no other role there. */
export function isLimitedMember({
  product,
  state,
  userId,
  projectId,
}: {
  product: AnyProduct;
  state: TenantState;
  userId: string;
  projectId: string;
}): boolean {
  if (!product.limitedMembers) return false;
  const holdsRole = state.projectGrants.some(
    (grant) => grant.kind === 'user' && grant.principalId === userId && grant.projectId === projectId,
  );
  return !holdsRole && hasReferences({ references: referencesOfUser({ product, state, userId, projectId }) });
}
