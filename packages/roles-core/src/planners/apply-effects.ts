/**
 * The meaning of effects as plain data: applies a plan to a tenant's state without touching
 * anything else. The API applies the same effects to its database; this function is what its
 * in-memory checks and the core's own tests use to see the state a plan leaves behind.
 */
import type { Effect } from '../model/effect.js';
import type { PrincipalRef, TenantState, UserRecord } from '../model/tenant-state.js';

export interface ApplyEffectsInput {
  state: TenantState;
  effects: readonly Effect[];
  /** The id a user named by email gets when the tenant has never seen them. */
  newUserId?: (email: string) => string;
}

const defaultNewUserId = (email: string) => `user:${email}`;

type Draft = { -readonly [K in keyof TenantState]: TenantState[K] };

function ensureUser(draft: Draft, email: string, newUserId: (email: string) => string): string {
  const lower = email.toLowerCase();
  const existing = draft.users.find((user) => user.email === lower);
  if (existing) return existing.id;
  const created: UserRecord = { id: newUserId(lower), email: lower, name: lower, hasSignedIn: false, guest: false };
  draft.users = [...draft.users, created];
  return created.id;
}

function idOf(draft: Draft, principal: PrincipalRef, newUserId: (email: string) => string): string {
  return principal.kind === 'user' ? ensureUser(draft, principal.email, newUserId) : principal.id;
}

function applyOne(draft: Draft, effect: Effect, newUserId: (email: string) => string): void {
  switch (effect.type) {
    case 'grant-application-role': {
      const principalId = idOf(draft, effect.principal, newUserId);
      const kind = effect.principal.kind;
      const held = draft.applicationGrants.some(
        (g) => g.principalId === principalId && g.kind === kind && g.role === effect.role,
      );
      if (!held) draft.applicationGrants = [...draft.applicationGrants, { principalId, kind, role: effect.role }];
      return;
    }
    case 'revoke-application-role': {
      const principalId = idOf(draft, effect.principal, newUserId);
      const kind = effect.principal.kind;
      draft.applicationGrants = draft.applicationGrants.filter(
        (g) => !(g.principalId === principalId && g.kind === kind && g.role === effect.role),
      );
      return;
    }
    case 'grant-project-role': {
      const principalId = idOf(draft, effect.principal, newUserId);
      const kind = effect.principal.kind;
      const held = draft.projectGrants.some(
        (g) => g.projectId === effect.projectId && g.principalId === principalId && g.kind === kind && g.role === effect.role,
      );
      if (!held) {
        draft.projectGrants = [...draft.projectGrants, { projectId: effect.projectId, principalId, kind, role: effect.role }];
      }
      return;
    }
    case 'revoke-project-role': {
      const principalId = idOf(draft, effect.principal, newUserId);
      const kind = effect.principal.kind;
      draft.projectGrants = draft.projectGrants.filter(
        (g) =>
          !(g.projectId === effect.projectId && g.principalId === principalId && g.kind === kind && g.role === effect.role),
      );
      return;
    }
    case 'delete-api-key': {
      const isKeyGrant = (g: { principalId: string; kind: string }) => g.kind === 'apiKey' && g.principalId === effect.apiKeyId;
      draft.apiKeys = draft.apiKeys.filter((key) => key.id !== effect.apiKeyId);
      draft.applicationGrants = draft.applicationGrants.filter((g) => !isKeyGrant(g));
      draft.projectGrants = draft.projectGrants.filter((g) => !isKeyGrant(g));
      return;
    }
    case 'create-api-key': {
      const { apiKeyId: id, description, createdAt, expiresAt, allowedIps } = effect;
      draft.apiKeys = [...draft.apiKeys, { id, description, createdAt, expiresAt, allowedIps }];
      return;
    }
    case 'create-project':
      draft.projects = [...draft.projects, { id: effect.projectId, name: effect.name, departmentId: effect.departmentId }];
      return;
    case 'grant-legacy-role': {
      const userId = ensureUser(draft, effect.email, newUserId);
      if (!draft.legacyGrants.some((g) => g.userId === userId && g.role === effect.role)) {
        draft.legacyGrants = [...draft.legacyGrants, { userId, role: effect.role }];
      }
      return;
    }
    case 'revoke-legacy-role': {
      const userId = ensureUser(draft, effect.email, newUserId);
      draft.legacyGrants = draft.legacyGrants.filter((g) => !(g.userId === userId && g.role === effect.role));
      return;
    }
    case 'set-role-model':
      draft.roleModel = effect.roleModel;
      return;
    case 'accept-invitations':
      draft.users = draft.users.map((user) => (user.email === effect.email.toLowerCase() ? { ...user, hasSignedIn: true } : user));
      return;
    case 'create-record': {
      const assigneeUserId = effect.assigneeEmail === null ? null : ensureUser(draft, effect.assigneeEmail, newUserId);
      draft.records = [...draft.records, { id: effect.recordId, projectId: effect.projectId, assigneeUserId }];
      return;
    }
    case 'set-record-assignee': {
      const assigneeUserId = effect.assigneeEmail === null ? null : ensureUser(draft, effect.assigneeEmail, newUserId);
      draft.records = draft.records.map((record) => (record.id === effect.recordId ? { ...record, assigneeUserId } : record));
      return;
    }
    case 'create-communication-rule': {
      const recipientUserIds = effect.recipientEmails.map((email) => ensureUser(draft, email, newUserId));
      const { ruleId: id, projectId, name } = effect;
      draft.communicationRules = [...draft.communicationRules, { id, projectId, name, recipientUserIds }];
      return;
    }
    case 'delete-communication-rule':
      draft.communicationRules = draft.communicationRules.filter((rule) => rule.id !== effect.ruleId);
      return;
    case 'create-department':
      draft.departments = [...draft.departments, { id: effect.departmentId, name: effect.name, memberUserIds: [] }];
      return;
    case 'set-department-members': {
      const memberUserIds = effect.memberEmails.map((email) => ensureUser(draft, email, newUserId));
      draft.departments = draft.departments.map((d) => (d.id === effect.departmentId ? { ...d, memberUserIds } : d));
      return;
    }
    case 'send-invitation':
    case 'audit':
      return;
    default: {
      const unknownEffect: never = effect;
      throw new Error(`Unknown effect ${JSON.stringify(unknownEffect)}`);
    }
  }
}

export function applyEffects({ state, effects, newUserId = defaultNewUserId }: ApplyEffectsInput): TenantState {
  const draft: Draft = { ...state };
  for (const effect of effects) applyOne(draft, effect, newUserId);
  return draft;
}
