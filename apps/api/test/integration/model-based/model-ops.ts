import {
  APPLICATION_ROLE_IDS,
  planAcceptInvitations,
  planAddApplicationMembers,
  planAddProjectMembers,
  planAssignRecord,
  planCreateApiKey,
  planCreateCommunicationRule,
  planCreateProject,
  planCreateRecord,
  planDeleteApiKey,
  planDeleteCommunicationRule,
  planDeleteProject,
  planNotify,
  planRemoveApplicationMember,
  planRemoveProjectMember,
  planRenameProject,
  planUpdateSettings,
  type Actor,
  type Effect,
  type PlanResult,
} from '@loome/roles-core';
import type { ApiResponse } from '../harness/api-client.js';
import { answerOf, GROUP_IDS, ModelWorld, SUCCEEDED, type Answer } from './model-world.js';
import { counts } from './model-verify.js';

/**
 * One operation of SPEC §4 as plain data: indices pick among what the run has at that moment
 * (actors, keys, projects, …), so a sequence stays meaningful while fast-check shrinks it.
 */
export type OpData =
  | { op: 'signIn'; user: number }
  | { op: 'addUsers'; actor: number; role: number; entries: { user: number; upper: boolean; bad: boolean }[]; spaced: boolean }
  | { op: 'addGroups'; actor: number; role: number; groups: number[] }
  | { op: 'addKeys'; actor: number; role: number; keys: number[] }
  | { op: 'removeAppMember'; actor: number; role: number; target: number }
  | { op: 'createKey'; actor: number }
  | { op: 'deleteKey'; actor: number; key: number }
  | { op: 'createProject'; actor: number }
  | { op: 'renameProject'; actor: number; project: number; taken: boolean }
  | { op: 'deleteProject'; actor: number; project: number }
  | { op: 'addProjectMembers'; actor: number; project: number; role: number; kind: 'user' | 'group' | 'apiKey'; pick: number }
  | { op: 'removeProjectMember'; actor: number; project: number; target: number }
  | { op: 'createRecord'; actor: number; project: number; assignee: number | null; rule: number | null }
  | { op: 'assignRecord'; actor: number; record: number; assignee: number | null }
  | { op: 'createRule'; actor: number; project: number; recipients: number[] }
  | { op: 'deleteRule'; actor: number; rule: number }
  | { op: 'notify'; actor: number; project: number; users: number[] }
  | { op: 'settings'; actor: number; restricted: boolean }
  | { op: 'directory'; members: number[][] };

const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
/** Numbers the projects the model creates, so their names never collide. */
let projectNames = 0;

/** How one operation is asked of the model and of the API. */
interface Prepared {
  /** A refusal the route's access gives before the planner, if any. */
  admission: Answer | null;
  plan: (newId: string) => PlanResult<Effect>;
  call: () => Promise<ApiResponse>;
  /** The new thing's id in the API's answer (created keys, projects, records, rules). */
  createdId?: (response: ApiResponse) => string;
  groupIds?: readonly string[];
  after?: (response: ApiResponse) => void;
}

export interface StepResult {
  expected: Answer;
  actual: Answer;
  auditEffects: number;
}

function actorOf(world: ModelWorld, index: number) {
  const actors = world.actors();
  return actors[index % actors.length]!;
}

/** Principals a removal may name: the tenant's users, held groups, and the run's keys (the observer key excepted). */
function principalIds(world: ModelWorld): string[] {
  return [...world.state.users.map((user) => user.id), ...GROUP_IDS, ...world.keys.slice(1).map((key) => key.id)];
}

function prepare(world: ModelWorld, data: OpData): Prepared | 'no-op' {
  const { s, product } = world;
  const http = s.http;
  const roleOf = (index: number) => APPLICATION_ROLE_IDS[index % APPLICATION_ROLE_IDS.length]!;
  const assignableRoles = Object.keys(product.projectRoles).filter((role) => product.projectRoles[role]!.assignable);
  if (data.op === 'signIn' || data.op === 'directory') return 'no-op';
  const who = actorOf(world, data.actor);
  const tokenCall = (make: (token: string) => Promise<ApiResponse>) => async () => make(await who.token());
  const actor = who.actor as Actor;
  const context = { product, actor };
  const userManagement = (yes: boolean) => world.admission({ actor: who.actor, userManagement: yes });
  const projectAt = (index: number) => pick(world.state.projects, index)?.id ?? 'no-project';
  switch (data.op) {
    case 'addUsers': {
      const role = roleOf(data.role);
      const emails = data.entries
        .map(({ user, upper, bad }) => (bad ? `not-an-address-${user}` : upper ? world.email(user).toUpperCase() : world.email(user)))
        .join(data.spaced ? ' ; ' : ';');
      const body = { kind: 'user' as const, emails };
      return {
        admission: userManagement(true),
        plan: () => planAddApplicationMembers({ ...context, state: world.state, request: { ...body, role } }),
        call: tokenCall((token) => http.post(`${world.base}/roles/${role}/members`, body, { token })),
      };
    }
    case 'addGroups': {
      const role = roleOf(data.role);
      const groupIds = [...new Set(data.groups.map((index) => [...GROUP_IDS, 'g-missing'][index % 3]!))];
      const body = { kind: 'group' as const, groupIds };
      return {
        admission: userManagement(true),
        groupIds,
        plan: () => planAddApplicationMembers({ ...context, state: world.planningState(groupIds), request: { ...body, role } }),
        call: tokenCall((token) => http.post(`${world.base}/roles/${role}/members`, body, { token })),
      };
    }
    case 'addKeys': {
      const role = roleOf(data.role);
      const candidates = world.keys.slice(1);
      if (candidates.length === 0) return 'no-op';
      const apiKeyIds = [...new Set(data.keys.map((index) => pick(candidates, index)!.id))];
      const body = { kind: 'apiKey' as const, apiKeyIds };
      return {
        admission: userManagement(true),
        plan: () => planAddApplicationMembers({ ...context, state: world.state, request: { ...body, role } }),
        call: tokenCall((token) => http.post(`${world.base}/roles/${role}/members`, body, { token })),
      };
    }
    case 'removeAppMember': {
      const role = roleOf(data.role);
      const principalId = pick(principalIds(world), data.target)!;
      return {
        admission: userManagement(true),
        plan: () => planRemoveApplicationMember({ ...context, state: world.state, request: { role, principalId } }),
        call: tokenCall((token) => http.delete(`${world.base}/roles/${role}/members/${encodeURIComponent(principalId)}`, { token })),
      };
    }
    case 'createKey':
      return {
        admission: userManagement(true),
        plan: (apiKeyId) => planCreateApiKey({ ...context, state: world.state, request: { apiKeyId, description: 'model key' } }),
        call: tokenCall((token) => http.post(`${world.base}/api-keys`, { description: 'model key' }, { token })),
        createdId: (response) => response.body.id,
        after: (response) => world.keys.push({ id: response.body.id, secret: response.body.secret, deleted: false }),
      };
    case 'deleteKey': {
      const key = pick(world.keys.slice(1), data.key);
      if (!key) return 'no-op';
      return {
        admission: userManagement(true),
        plan: () => planDeleteApiKey({ ...context, state: world.state, request: { apiKeyId: key.id } }),
        call: tokenCall((token) => http.delete(`${world.base}/api-keys/${key.id}`, { token })),
      };
    }
    case 'createProject': {
      // Project names are unique in a tenant (issue 17): each creation asks for a name of its own.
      const name = `model project ${++projectNames}`;
      return {
        admission: userManagement(false),
        plan: (projectId) => planCreateProject({ ...context, state: world.state, request: { projectId, name } }),
        call: tokenCall((token) => http.post(`${world.base}/projects`, { name }, { token })),
        createdId: (response) => response.body.id,
      };
    }
    case 'renameProject': {
      const projectId = projectAt(data.project);
      // Now and then another project's name in another case: CONFLICT (issue 17).
      const name = data.taken ? (pick(world.state.projects, data.project + 1)?.name.toUpperCase() ?? 'MODEL') : `model project ${++projectNames}`;
      return {
        admission: userManagement(false),
        plan: () => planRenameProject({ ...context, state: world.state, request: { projectId, name } }),
        call: tokenCall((token) => http.patch(`${world.base}/projects/${projectId}`, { name }, { token })),
      };
    }
    case 'deleteProject': {
      const projectId = projectAt(data.project);
      return {
        admission: userManagement(false),
        plan: () => planDeleteProject({ ...context, state: world.state, request: { projectId } }),
        call: tokenCall((token) => http.delete(`${world.base}/projects/${projectId}`, { token })),
      };
    }
    case 'addProjectMembers': {
      const projectId = projectAt(data.project);
      const role = pick(assignableRoles, data.role)!;
      const body =
        data.kind === 'user'
          ? { kind: 'user' as const, emails: world.email(data.pick % 6) }
          : data.kind === 'group'
            ? { kind: 'group' as const, groupIds: [GROUP_IDS[data.pick % GROUP_IDS.length]!] }
            : { kind: 'apiKey' as const, apiKeyIds: [pick(world.keys.slice(1), data.pick)?.id ?? 'no-key'] };
      const groupIds = body.kind === 'group' ? body.groupIds : [];
      return {
        admission: userManagement(false),
        groupIds,
        plan: () => planAddProjectMembers({ ...context, state: world.planningState(groupIds), request: { ...body, projectId, role } }),
        call: tokenCall((token) => http.post(`${world.base}/projects/${projectId}/members`, { ...body, role }, { token })),
      };
    }
    case 'removeProjectMember': {
      const projectId = projectAt(data.project);
      const principalId = pick(principalIds(world), data.target)!;
      return {
        admission: userManagement(false),
        plan: () => planRemoveProjectMember({ ...context, state: world.state, request: { projectId, principalId } }),
        call: tokenCall((token) => http.delete(`${world.base}/projects/${projectId}/members/${encodeURIComponent(principalId)}`, { token })),
      };
    }
    case 'createRecord': {
      const projectId = projectAt(data.project);
      const assigneeEmail = data.assignee === null ? null : world.email(data.assignee % 6);
      const ruleId = data.rule === null ? null : (pick(world.state.communicationRules, data.rule)?.id ?? null);
      const body = { ...(assigneeEmail ? { assigneeEmail } : {}), ...(ruleId ? { ruleId } : {}) };
      return {
        admission: userManagement(false),
        plan: (recordId) => planCreateRecord({ ...context, state: world.state, request: { projectId, recordId, assigneeEmail, ruleId } }),
        call: tokenCall((token) => http.post(`${world.base}/projects/${projectId}/records`, body, { token })),
        createdId: (response) => response.body.id,
      };
    }
    case 'assignRecord': {
      const record = pick(world.state.records, data.record);
      if (!record) return 'no-op';
      const assigneeEmail = data.assignee === null ? null : world.email(data.assignee % 6);
      return {
        admission: userManagement(false),
        plan: () => planAssignRecord({ ...context, state: world.state, request: { projectId: record.projectId, recordId: record.id, assigneeEmail } }),
        call: tokenCall((token) => http.put(`${world.base}/projects/${record.projectId}/records/${record.id}/assignee`, { email: assigneeEmail }, { token })),
      };
    }
    case 'createRule': {
      const projectId = projectAt(data.project);
      const recipients = [...new Set(data.recipients.map((user) => world.email(user % 6)))];
      return {
        admission: userManagement(false),
        plan: (ruleId) => planCreateCommunicationRule({ ...context, state: world.state, request: { projectId, ruleId, name: 'model rule', recipients } }),
        call: tokenCall((token) => http.post(`${world.base}/projects/${projectId}/communication-rules`, { name: 'model rule', recipients }, { token })),
        createdId: (response) => response.body.id,
      };
    }
    case 'deleteRule': {
      const rule = pick(world.state.communicationRules, data.rule);
      if (!rule) return 'no-op';
      return {
        admission: userManagement(false),
        plan: () => planDeleteCommunicationRule({ ...context, state: world.state, request: { projectId: rule.projectId, ruleId: rule.id } }),
        call: tokenCall((token) => http.delete(`${world.base}/projects/${rule.projectId}/communication-rules/${rule.id}`, { token })),
      };
    }
    case 'notify': {
      const projectId = projectAt(data.project);
      const emails = [...new Set(data.users.map((user) => world.email(user % 6)))];
      return {
        admission: userManagement(false),
        plan: () => planNotify({ ...context, state: world.state, request: { projectId, emails } }),
        call: tokenCall((token) => http.post(`${world.base}/notifications`, { projectId, emails }, { token })),
      };
    }
    case 'settings': {
      const request = { projectCreation: data.restricted ? ('administrators' as const) : ('project-creators' as const) };
      return {
        admission: userManagement(true),
        plan: () => planUpdateSettings({ ...context, state: world.state, request }),
        call: tokenCall((token) => http.patch(`${world.base}/settings`, request, { token })),
      };
    }
  }
}

const auditCount = (effects: readonly Effect[]) => effects.filter((effect) => effect.type === 'audit').length;

/** Sign-in (R4): no tenant route, so no planner refusal; accepted invitations are the tenant's audit events. */
async function signIn(world: ModelWorld, user: number): Promise<StepResult> {
  const email = world.email(user);
  const response = await callUntilServed(() => world.s.http.post('/api/v1/auth/dev-login', { email }));
  const actual = answerOf(response);
  const plan = planAcceptInvitations({ request: { email } });
  let audits = 0;
  if (actual.status === '2xx' && plan.ok) {
    // R4: an invitation is a grant or reference that names the user; being in a held group invites nobody.
    const id = world.userIds.get(email);
    const { state } = world;
    const named =
      id !== undefined &&
      ([...state.applicationGrants, ...state.projectGrants].some((grant) => grant.principalId === id) ||
        state.records.some((record) => record.assigneeUserId === id) ||
        state.communicationRules.some((rule) => rule.recipientUserIds.includes(id)));
    audits = named && !world.signedIn.has(email) ? 1 : 0;
    world.signedIn.add(email);
    // A user the tenant reaches through a held group now has a row, and so joins its state (R7).
    await world.learnUserId(email);
    await world.apply({ effects: plan.effects });
  }
  return { expected: SUCCEEDED, actual, auditEffects: audits };
}

/** PUT …/directory (R7): the organization's groups as the step says; held groups follow at once. */
async function replaceDirectory(world: ModelWorld, members: number[][]): Promise<StepResult> {
  const users = Array.from({ length: 6 }, (_, user) => ({ email: world.email(user), name: `User ${user}` }));
  const groups = GROUP_IDS.map((id, index) => ({ id, name: id, members: [...new Set((members[index] ?? []).map((user) => user % 6))] }));
  const response = await callUntilServed(() =>
    world.s.http.put(
      `/api/v1/organizations/${world.organizationId}/directory`,
      { users, groups: groups.map((group) => ({ ...group, members: group.members.map((user) => world.email(user)) })) },
      { token: world.s.platform },
    ),
  );
  const actual = answerOf(response);
  if (actual.status === '2xx') {
    world.directory = { groups: groups.map((group) => ({ id: group.id, members: group.members })) };
    await world.learnGroupMembers(world.state);
    world.state = world.settled(world.state);
  }
  // R24: a directory replacement is one audit event in each tenant of its organization; the world's organization has one.
  return { expected: SUCCEEDED, actual, auditEffects: actual.status === '2xx' ? 1 : 0 };
}

/** Runs one operation on the API and on the model; the model moves only by the plan the API carried out. */
/** How long a client waits before sending a step the API was too busy for again (SPEC *Overload*: 503 changes nothing). */
const BUSY_BACKOFF_MS = [100, 250, 500, 1_000, 2_000, 4_000, 8_000, 8_000];

/**
 * A step the API refused as busy (503 UNAVAILABLE, on a loaded machine) is sent again, as a client
 * would: after the answer's `Retry-After` at least. It changed nothing, which the retried answer and
 * the checks after the step prove: had it changed something, the model would disagree with what follows.
 */
async function callUntilServed(call: () => Promise<ApiResponse>): Promise<ApiResponse> {
  let response = await call();
  for (const backoff of BUSY_BACKOFF_MS) {
    if (response.status !== 503) break;
    counts.busyRetries += 1;
    const retryAfterMs = (Number(response.headers.get('retry-after')) || 0) * 1_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(backoff, retryAfterMs)));
    response = await call();
  }
  return response;
}

export async function runOp(world: ModelWorld, data: OpData): Promise<StepResult | 'no-op'> {
  if (data.op === 'signIn') return signIn(world, data.user % 6);
  if (data.op === 'directory') return replaceDirectory(world, data.members);
  const prepared = prepare(world, data);
  if (prepared === 'no-op') return 'no-op';
  const planned = prepared.admission ? null : prepared.plan('model-pending-id');
  const expected = prepared.admission ?? ModelWorld.expected(planned!);
  const response = await callUntilServed(prepared.call);
  const actual = answerOf(response);
  if (process.env.MODEL_TRACE)
    console.log(data.op, response.status, JSON.stringify(response.body), JSON.stringify(planned && planned.ok ? planned.effects : planned));
  let audits = 0;
  if (actual.status === '2xx' && expected.status === '2xx') {
    const carried = prepared.createdId ? prepared.plan(prepared.createdId(response)) : planned!;
    if (!carried.ok) throw new Error(`The model refused with the API's id what it accepted before: ${carried.refusal.code}`);
    await world.apply({ effects: carried.effects, groupIds: prepared.groupIds });
    prepared.after?.(response);
    audits = auditCount(carried.effects);
  }
  if (actual.status !== expected.status || actual.code !== expected.code) {
    (actual as Answer & { body?: unknown }).body = response.body;
    if (process.env.MODEL_TRACE) console.log(JSON.stringify(response.body));
  }
  return { expected, actual, auditEffects: audits };
}
