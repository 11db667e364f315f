/** Monitor-style references that derive and keep Limited Members (R17). */
import type { BlockingReferences } from '../model/refusal.js';
import type { TenantState } from '../model/tenant-state.js';
import type { AnyProduct } from './plan-input.js';
import { referencesTo } from './tenant-queries.js';

/**
 * Every record assigned to the user and every rule emailing them, optionally within one project,
 * each list in id order: the same answer however the references came to be (loaded, or made since).
 */
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
  const references = referencesTo({ state, userId });
  return {
    records: kinds.includes('record-assignment')
      ? references.records
          .filter((record) => inScope(record.projectId))
          .map(({ id, projectId: recordProject }) => ({ id, projectId: recordProject }))
          .sort(byId)
      : [],
    rules: kinds.includes('communication-rule')
      ? references.rules
          .filter((rule) => inScope(rule.projectId))
          .map(({ id, projectId: ruleProject, name }) => ({ id, projectId: ruleProject, name }))
          .sort(byId)
      : [],
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
  return !roleHoldersOn({ state, projectId }).has(userId) && hasReferences({ references: referencesOfUser({ product, state, userId, projectId }) });
}

const holdersByState = new WeakMap<TenantState, Map<string, ReadonlySet<string>>>();

/**
 * The users holding a stored project role on the project: their own grant, or a group's whose
 * member they are (R7), as the decisions count them. Built once per state and project, since
 * lists ask for every user.
 */
function roleHoldersOn({ state, projectId }: { state: TenantState; projectId: string }): ReadonlySet<string> {
  let byProject = holdersByState.get(state);
  if (!byProject) holdersByState.set(state, (byProject = new Map<string, ReadonlySet<string>>()));
  let holders = byProject.get(projectId);
  if (!holders) {
    const users = new Set<string>();
    const groupIds = new Set<string>();
    for (const grant of state.projectGrants) {
      if (grant.projectId !== projectId) continue;
      if (grant.kind === 'user') users.add(grant.principalId);
      else if (grant.kind === 'group') groupIds.add(grant.principalId);
    }
    const emails = new Set(state.groups.filter((group) => groupIds.has(group.id)).flatMap((group) => group.memberEmails.map((email) => email.toLowerCase())));
    if (emails.size > 0) for (const user of state.users) if (emails.has(user.email.toLowerCase())) users.add(user.id);
    holders = users;
    byProject.set(projectId, holders);
  }
  return holders;
}
