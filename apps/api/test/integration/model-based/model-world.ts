import {
  accessOf,
  applyEffects,
  compileTenant,
  emailsNamedBy,
  emptyTenantState,
  getProduct,
  LiveTenant,
  type Actor,
  type AnyProduct,
  type Effect,
  type PlanResult,
  type TenantState,
  type UserRecord,
} from '@loome/roles-core';
import { PROBLEM_STATUS, type ProblemCode } from '../../../src/common/errors/problem.error.js';
import type { ApiResponse } from '../harness/api-client.js';
import type { Scenario } from '../harness/scenario.js';

/** What a step answered, as the model and the API each say it: a success, or a refusal's status and code. */
export interface Answer {
  status: number | '2xx';
  code: string | null;
}

export const refused = (code: string): Answer => ({ status: PROBLEM_STATUS[code as ProblemCode], code });
export const SUCCEEDED: Answer = { status: '2xx', code: null };

export function answerOf(response: ApiResponse): Answer {
  if (response.status < 300) return SUCCEEDED;
  return { status: response.status, code: typeof response.body?.code === 'string' ? response.body.code : null };
}

/** Users of a run: six addresses of the run's own domain (users are global), the first the tenant's administrator. */
export const USER_COUNT = 6;
export const GROUP_IDS = ['g0', 'g1'] as const;

export interface ModelKey {
  id: string;
  secret: string;
  deleted: boolean;
}

export interface DirectoryModel {
  groups: { id: string; members: number[] }[];
}

/** One who may act in a run, and how they authenticate. */
interface ModelActor {
  label: string;
  token: () => Promise<string>;
  actor: Actor | null;
}

/**
 * One run of the model-based test: a tenant of one product, as the API holds it (ids and tokens)
 * and as roles-core says it must be (a `TenantState` the same planners change). Real ids are
 * used in the model too, so a decision about a principal needs no translation.
 */
export class ModelWorld {
  state: TenantState;
  readonly product: AnyProduct;
  /** Every user row the database has for the run's addresses (users are global): email → id. */
  readonly userIds = new Map<string, string>();
  readonly keys: ModelKey[] = [];
  readonly signedIn = new Set<string>();
  directory: DirectoryModel = { groups: GROUP_IDS.map((id) => ({ id, members: [] })) };
  /** The audit events of the tenant the API has written so far. */
  newestAuditId: string | null = null;
  readonly trace: string[] = [];

  constructor(
    readonly s: Scenario,
    readonly run: number,
    productId: string,
    readonly tenantId: string,
    readonly organizationId: string,
    readonly observerSecret: string,
  ) {
    this.product = getProduct(productId)!;
    this.state = emptyTenantState({ tenantId, productId, roleModel: 'current' });
  }

  email(user: number): string {
    return `u${user}@run${this.run}.model.test`;
  }

  get base() {
    return `/api/v1/tenants/${this.tenantId}`;
  }

  // --- actors ---------------------------------------------------------------

  /** Who may act: the users who signed in, then every key the run made (deleted ones answer 401). */
  actors(): ModelActor[] {
    const users = [...this.signedIn].sort().map((email): ModelActor => ({
      label: email,
      token: () => this.s.signIn(email),
      actor: this.userIds.has(email) ? { kind: 'user', userId: this.userIds.get(email)! } : { kind: 'user', userId: `unknown:${email}` },
    }));
    const keys = this.keys.map((key, index): ModelActor => ({
      label: `key${index}`,
      token: () => Promise.resolve(key.secret),
      actor: key.deleted ? null : { kind: 'apiKey', apiKeyId: key.id },
    }));
    return [...users, ...keys];
  }

  /**
   * The answer the route's access gives before its planner is asked (SPEC §4): a deleted key is
   * unknown (401), a user the tenant does not know meets NOT_FOUND, and a route that needs the
   * user-management permission is FORBIDDEN without it.
   */
  admission({ actor, userManagement }: { actor: Actor | null; userManagement: boolean }): Answer | null {
    if (!actor) return refused('UNAUTHENTICATED');
    if (actor.kind === 'user' && !new LiveTenant({ product: this.product, state: this.state }).isMember(actor.userId)) return refused('NOT_FOUND');
    if (userManagement && !accessOf({ product: this.product, state: this.state, actor }).tenantPermissions.has(this.product.userManagementPermission))
      return refused('FORBIDDEN');
    return null;
  }

  /** The state a request is planned against: the tenant's, with the directory groups the request names (as the API's mutation service adds them). */
  planningState(groupIds: readonly string[] = []): TenantState {
    const known = new Set(this.state.groups.map((group) => group.id));
    const extra = groupIds
      .filter((id) => !known.has(id))
      .flatMap((id) => {
        const group = this.directory.groups.find((candidate) => candidate.id === id);
        return group ? [{ id, name: id, email: null, memberEmails: group.members.map((user) => this.email(user)) }] : [];
      });
    return extra.length === 0 ? this.state : { ...this.state, groups: [...this.state.groups, ...extra] };
  }

  // --- applying what happened --------------------------------------------------

  /** The model's expected answer for a plan, and the audit events it writes. */
  static expected(plan: PlanResult<Effect>): Answer {
    return plan.ok ? SUCCEEDED : refused(plan.refusal.code);
  }

  /** Applies a plan the API carried out: users it names get the ids the API gave them. */
  async apply({ effects, groupIds = [] }: { effects: readonly Effect[]; groupIds?: readonly string[] }): Promise<void> {
    for (const email of emailsNamedBy({ effects })) await this.learnUserId(email.toLowerCase());
    const state = applyEffects({ state: this.planningState(groupIds), effects, newUserId: (email) => this.userIds.get(email)! });
    await this.learnGroupMembers(state);
    this.state = this.settled(state);
    // R13: a key that lost its last application role, or was deleted, is gone from the tenant.
    const live = new Set(this.state.apiKeys.map((key) => key.id));
    for (const key of this.keys) if (!live.has(key.id)) key.deleted = true;
  }

  /** The directory's users have rows (the organization's directory creates them): members of held groups join the tenant's state (R7). */
  async learnGroupMembers(state: TenantState): Promise<void> {
    const held = new Set([...state.applicationGrants, ...state.projectGrants].filter((grant) => grant.kind === 'group').map((grant) => grant.principalId));
    for (const group of this.directory.groups) {
      if (!held.has(group.id)) continue;
      for (const user of group.members) await this.learnUserId(this.email(user));
    }
  }

  /** The user's id, from the API's own list (users are created by the change that names them). */
  async learnUserId(email: string): Promise<void> {
    if (this.userIds.has(email)) return;
    const answer = await this.s.http.get(`${this.base}/users?email=${encodeURIComponent(email)}`, { token: this.observerSecret });
    const user = answer.body?.items?.find((item: { email: string }) => item.email === email);
    if (user) this.userIds.set(email, user.principalId);
  }

  /**
   * The state as a load of the tenant reads it: plain arrays, held groups as the directory says
   * now (R7), and every stored user who is a member of a held group (R7: they join by the group).
   */
  settled(state: TenantState): TenantState {
    const held = new Set([...state.applicationGrants, ...state.projectGrants].filter((grant) => grant.kind === 'group').map((grant) => grant.principalId));
    const groups = this.directory.groups
      .filter((group) => held.has(group.id))
      .map((group) => ({ id: group.id, name: group.id, email: null, memberEmails: group.members.map((user) => this.email(user)) }));
    // Users are global: one who signed in anywhere is `User` in every tenant (Contract "Invitation status").
    const users: UserRecord[] = state.users.map((user) => ({ ...user, hasSignedIn: this.signedIn.has(user.email) }));
    const known = new Set(users.map((user) => user.email));
    for (const group of groups) {
      for (const email of group.memberEmails) {
        const id = this.userIds.get(email);
        if (id && !known.has(email)) {
          users.push({ id, email, name: email, hasSignedIn: this.signedIn.has(email), guest: false });
          known.add(email);
        }
      }
    }
    return {
      ...state,
      users,
      groups,
      applicationGrants: [...state.applicationGrants],
      projectGrants: [...state.projectGrants],
      records: [...state.records],
      communicationRules: [...state.communicationRules],
      apiKeys: [...state.apiKeys],
      projects: [...state.projects],
    };
  }

  compiled() {
    return compileTenant({ product: this.product, state: this.state });
  }
}
