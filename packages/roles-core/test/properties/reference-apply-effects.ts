/**
 * The meaning of effects as plain lists, kept as the reference the indexed implementations are
 * tested against: `applyEffects` (over an `OverlayIndex`) and `LiveTenant` must leave what this
 * leaves. It copies and filters lists, so it is for small tenants only.
 */
import type { Effect } from '../../src/model/effect.js';
import type { ApplicationGrant, LegacyGrant, PrincipalRef, ProjectGrant, TenantState } from '../../src/model/tenant-state.js';
import type { ApplyEffectsInput } from '../../src/planners/apply-effects.js';
import { GrantDraft, UserDraft } from './reference-state-draft.js';

const defaultNewUserId = (email: string) => `user:${email}`;

type Draft = { -readonly [K in keyof TenantState]: TenantState[K] };

const holderKey = (kind: string, principalId: string) => `${kind}\u0000${principalId}`;

/**
 * Applies effects one batch after another to the same working state: a planner that must see
 * what its previous steps did (R11 across one request) applies each step here instead of
 * rebuilding the state for every principal it plans.
 */
class EffectApplier {
  private readonly newUserId: (email: string) => string;
  private readonly users: UserDraft;
  private readonly applicationGrants: GrantDraft<ApplicationGrant>;
  private readonly projectGrants: GrantDraft<ProjectGrant>;
  private readonly legacyGrants: GrantDraft<LegacyGrant>;
  private readonly rest: Omit<Draft, 'users' | 'applicationGrants' | 'projectGrants' | 'legacyGrants'>;
  private snapshot: TenantState | null;

  constructor({ state, newUserId = defaultNewUserId }: { state: TenantState; newUserId?: (email: string) => string }) {
    this.snapshot = null;
    this.newUserId = newUserId;
    this.users = new UserDraft({ source: state.users });
    this.applicationGrants = new GrantDraft({ source: state.applicationGrants, holderOf: (g) => holderKey(g.kind, g.principalId) });
    this.projectGrants = new GrantDraft({ source: state.projectGrants, holderOf: (g) => holderKey(g.kind, g.principalId) });
    this.legacyGrants = new GrantDraft({ source: state.legacyGrants, holderOf: (g) => g.userId });
    const { users: _u, applicationGrants: _a, projectGrants: _p, legacyGrants: _l, ...rest } = state;
    this.rest = { ...rest };
  }

  /**
   * The state every effect applied so far leaves behind: a view, valid until the next `apply`
   * (its lists are extended in place, which is what keeps a long plan linear).
   */
  get state(): TenantState {
    this.snapshot ??= {
      ...this.rest,
      users: this.users.items,
      applicationGrants: this.applicationGrants.items,
      projectGrants: this.projectGrants.items,
      legacyGrants: this.legacyGrants.items,
    };
    return this.snapshot;
  }

  apply({ effects }: { effects: readonly Effect[] }): void {
    if (effects.length === 0) return;
    this.snapshot = null;
    for (const effect of effects) this.applyOne(effect);
  }

  private ensureUser(email: string): string {
    return this.users.ensure({ email, newUserId: this.newUserId });
  }

  private idOf(principal: PrincipalRef): string {
    return principal.kind === 'user' ? this.ensureUser(principal.email) : principal.id;
  }

  private applyOne(effect: Effect): void {
    const draft = this.rest;
    switch (effect.type) {
      case 'grant-application-role': {
        const principalId = this.idOf(effect.principal);
        const { kind } = effect.principal;
        this.applicationGrants.add({ grant: { principalId, kind, role: effect.role }, same: (g) => g.role === effect.role });
        return;
      }
      case 'revoke-application-role': {
        const holder = holderKey(effect.principal.kind, this.idOf(effect.principal));
        this.applicationGrants.remove({ holder, match: (g) => g.role === effect.role });
        return;
      }
      case 'grant-project-role': {
        const principalId = this.idOf(effect.principal);
        const { kind } = effect.principal;
        const { projectId, role } = effect;
        this.projectGrants.add({
          grant: { projectId, principalId, kind, role },
          same: (g) => g.projectId === projectId && g.role === role,
        });
        return;
      }
      case 'revoke-project-role': {
        const holder = holderKey(effect.principal.kind, this.idOf(effect.principal));
        this.projectGrants.remove({ holder, match: (g) => g.projectId === effect.projectId && g.role === effect.role });
        return;
      }
      case 'delete-api-key': {
        const isKeyGrant = (g: { principalId: string; kind: string }) => g.kind === 'apiKey' && g.principalId === effect.apiKeyId;
        draft.apiKeys = draft.apiKeys.filter((key) => key.id !== effect.apiKeyId);
        this.applicationGrants.removeAll({ match: isKeyGrant });
        this.projectGrants.removeAll({ match: isKeyGrant });
        return;
      }
      case 'create-api-key': {
        const { apiKeyId: id, description, createdAt, expiresAt, allowedIps } = effect;
        draft.apiKeys = [...draft.apiKeys, { id, description, createdAt, expiresAt, allowedIps }];
        return;
      }
      case 'create-project':
        // Project ids are never reused: a second create of one the tenant holds changes nothing, as in the live tenant.
        if (draft.projects.some((project) => project.id === effect.projectId)) return;
        draft.projects = [...draft.projects, { id: effect.projectId, name: effect.name, departmentId: effect.departmentId }];
        return;
      case 'rename-project':
        draft.projects = draft.projects.map((project) => (project.id === effect.projectId ? { ...project, name: effect.name } : project));
        return;
      case 'delete-project':
        draft.projects = draft.projects.filter((project) => project.id !== effect.projectId);
        return;
      case 'grant-legacy-role': {
        const userId = this.ensureUser(effect.email);
        this.legacyGrants.add({ grant: { userId, role: effect.role }, same: (g) => g.role === effect.role });
        return;
      }
      case 'revoke-legacy-role': {
        const userId = this.ensureUser(effect.email);
        this.legacyGrants.remove({ holder: userId, match: (g) => g.role === effect.role });
        return;
      }
      case 'set-role-model':
        draft.roleModel = effect.roleModel;
        return;
      case 'set-settings':
        draft.settings = effect.settings;
        return;
      case 'accept-invitations':
        this.users.markSignedIn({ email: effect.email });
        return;
      case 'create-record': {
        const assigneeUserId = effect.assigneeEmail === null ? null : this.ensureUser(effect.assigneeEmail);
        draft.records = [...draft.records, { id: effect.recordId, projectId: effect.projectId, assigneeUserId, ruleId: effect.ruleId }];
        return;
      }
      case 'set-record-assignee': {
        const assigneeUserId = effect.assigneeEmail === null ? null : this.ensureUser(effect.assigneeEmail);
        draft.records = draft.records.map((record) => (record.id === effect.recordId ? { ...record, assigneeUserId } : record));
        return;
      }
      case 'delete-record':
        draft.records = draft.records.filter((record) => record.id !== effect.recordId);
        return;
      case 'create-communication-rule': {
        const recipientUserIds = effect.recipientEmails.map((email) => this.ensureUser(email));
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
        const memberUserIds = effect.memberEmails.map((email) => this.ensureUser(email));
        draft.departments = draft.departments.map((d) => (d.id === effect.departmentId ? { ...d, memberUserIds } : d));
        return;
      }
      case 'send-invitation':
      case 'resend-invitation':
      case 'audit':
        return;
      default: {
        const unknownEffect: never = effect;
        throw new Error(`Unknown effect ${JSON.stringify(unknownEffect)}`);
      }
    }
  }
}

export function referenceApplyEffects({ state, effects, newUserId }: ApplyEffectsInput): TenantState {
  const applier = new EffectApplier({ state, newUserId });
  applier.apply({ effects });
  return applier.state;
}
