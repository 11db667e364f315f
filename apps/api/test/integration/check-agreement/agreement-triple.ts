import type { ApiResponse } from '../harness/api-client.js';
import type { Scenario } from '../harness/scenario.js';
import { emailOf } from '../route-walk/walk-callers.js';
import type { EndpointExpectation } from '../route-walk/walk-expectations.js';
import { REQUESTS, type RequestBuilder, type WalkContext, type WalkRequest } from '../route-walk/walk-requests.js';
import type { AgreementCaller, AgreementResource, AgreementWorld } from './agreement-world.js';
import { everyPermission, routeQuestion } from './route-question.js';

export interface AgreementEndpoint {
  name: string;
  expectation: EndpointExpectation;
  call: (request: WalkRequest, token: string) => Promise<ApiResponse>;
}

/** What the route answered, as SPEC's contract tells them apart. */
export type RouteAnswer = 'passed' | 'forbidden' | 'not-found' | 'unauthenticated' | 'server-error';

function codeOf(response: ApiResponse): string | undefined {
  return response.body?.code ?? response.body?.error?.data?.problem?.code;
}

/** FORBIDDEN is the permission's refusal; ESCALATION and the other 403/409 codes are the rules' own (§2). */
export function routeAnswer(response: ApiResponse): RouteAnswer {
  if (response.status >= 500) return 'server-error';
  if (response.status === 401) return 'unauthenticated';
  if (response.status === 404) return 'not-found';
  if (response.status === 403 && codeOf(response) === 'FORBIDDEN') return 'forbidden';
  return 'passed';
}

let fresh = 0;

/**
 * The walk's requests, but removing an application role's member removes a consumer made for the
 * call in current-model tenants (the walk's target, the tenant's only manager, would be gone for
 * every later triple if a second administrator removed them).
 */
const BUILDERS: Partial<Record<keyof typeof REQUESTS, (context: WalkContext) => Promise<WalkRequest>>> = {
  removeRoleMember: async (context) => {
    const { s, tenant } = context;
    // A legacy tenant has one Group Admin, the manager: removing them is refused by R10/R11.
    if (tenant.spec.roleModel === 'legacy') return REQUESTS.removeRoleMember(context);
    const email = emailOf({ tenantKey: tenant.spec.key, caller: `agreement-doomed-${++fresh}` });
    await s.addMembers(tenant.tenantId, 'consumer', { kind: 'user', emails: email }, tenant.managerToken);
    return { params: { roleId: 'consumer', principalId: await s.principalIdOf(tenant.tenantId, email, tenant.managerToken) } };
  },
};

/**
 * The route's request aimed at the resource: built by the walk's builder against this tenant's
 * project (a request that needs something made first makes it there), then pointed at the
 * resource's project and record.
 */
export async function requestFor({
  s,
  world,
  endpoint,
  resource,
}: {
  s: Scenario;
  world: AgreementWorld;
  endpoint: AgreementEndpoint;
  resource: AgreementResource;
}): Promise<WalkRequest> {
  const tenant = {
    ...world.tenant,
    projectId: resource.own ? resource.projectId : world.tenant.projectId,
    spareRecordId: resource.recordId ?? world.tenant.spareRecordId,
  };
  const name = endpoint.expectation.request;
  const build: RequestBuilder = BUILDERS[name] ?? REQUESTS[name];
  const request: WalkRequest = await build({ s, tenant });
  const params = { ...request.params };
  // A deletion was aimed at a copy of the resource's project, made for it (the resource itself stays for later triples).
  const aimedAtCopy = name === 'deleteProject' && resource.own;
  if ('projectId' in params && !aimedAtCopy) params.projectId = resource.projectId;
  if ('recordId' in params && resource.recordId) params.recordId = resource.recordId;
  // A notification names its project in the body.
  const body =
    request.body && typeof request.body === 'object' && 'projectId' in request.body ? { ...request.body, projectId: resource.projectId } : request.body;
  return { ...request, params, body };
}

/** The project and record a request names, in its path or (notifications) its body. */
function namedResource(request: WalkRequest): { projectId?: string; recordId?: string } {
  const fromBody = (request.body as { projectId?: string } | undefined)?.projectId;
  const projectId = request.params.projectId ?? fromBody;
  return { ...(projectId ? { projectId } : {}), ...(request.params.recordId ? { recordId: request.params.recordId } : {}) };
}

/** What `check` says of the caller and the resource the request names. */
export interface CheckVerdict {
  /** false when `check` answers NOT_FOUND: not the caller's tenant, or a resource it does not have. */
  found: boolean;
  allowed: boolean;
  /** Whether `check` allows anything on the request's project (R19's "sees the project"). */
  visible: boolean;
}

async function batch({ s, world, caller, checks }: { s: Scenario; world: AgreementWorld; caller: AgreementCaller; checks: object[] }) {
  const answer = await s.http.post(`/api/v1/tenants/${world.tenant.tenantId}/check/batch`, { checks }, { token: caller.token });
  if (answer.status === 404) return null;
  if (answer.status !== 200) throw new Error(`check/batch answered ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body.results as { allowed: boolean }[]).map((result) => result.allowed);
}

export async function checkVerdict({
  s,
  world,
  endpoint,
  caller,
  request,
}: {
  s: Scenario;
  world: AgreementWorld;
  endpoint: AgreementEndpoint;
  caller: AgreementCaller;
  request: WalkRequest;
}): Promise<CheckVerdict> {
  const { product } = world.tenant;
  const question = routeQuestion({ expectation: endpoint.expectation, product });
  const resource = namedResource(request);
  const sees = async () => {
    if (!resource.projectId) return null;
    const allowed = await batch({
      s,
      world,
      caller,
      checks: everyPermission({ product }).map((permission) => ({ permission, projectId: resource.projectId })),
    });
    return allowed && allowed.some(Boolean);
  };
  switch (question.kind) {
    case 'membership': {
      const allowed = await batch({ s, world, caller, checks: [{ permission: everyPermission({ product })[0] }] });
      return { found: allowed !== null, allowed: true, visible: true };
    }
    case 'visible': {
      const visible = await sees();
      return { found: visible !== null, allowed: visible === true, visible: visible === true };
    }
    case 'permissions': {
      const on = question.onProject ? resource : {};
      const allowed = await batch({ s, world, caller, checks: question.permissions.map((permission) => ({ permission, ...on })) });
      if (allowed === null) return { found: false, allowed: false, visible: false };
      const visible = question.onProject ? await sees() : true;
      return { found: visible !== null, allowed: allowed.some(Boolean), visible: visible === true };
    }
  }
}

/**
 * Whether `/me` lists the permission a tenant-wide route needs, for a question asked without a
 * resource (Contract "Scoped permissions": `check`, `/me` and the routes agree); `null` otherwise.
 */
export async function meLists({
  s,
  world,
  endpoint,
  caller,
}: {
  s: Scenario;
  world: AgreementWorld;
  endpoint: AgreementEndpoint;
  caller: AgreementCaller;
}): Promise<boolean | null> {
  const question = routeQuestion({ expectation: endpoint.expectation, product: world.tenant.product });
  if (question.kind !== 'permissions' || question.onProject) return null;
  const me = await s.http.get(`/api/v1/tenants/${world.tenant.tenantId}/me`, { token: caller.token });
  if (me.status !== 200) return null;
  const listed = new Set((me.body.permissions as { permission: string }[]).map((held) => held.permission));
  return question.permissions.some((permission) => listed.has(permission));
}

/**
 * The answers the route may give for `check`'s verdict (Contract "Scoped permissions", R19,
 * "Strict input"): NOT_FOUND where `check` finds nothing; where it allows, neither FORBIDDEN nor
 * NOT_FOUND; where it denies, FORBIDDEN (NOT_FOUND where the caller sees nothing of the project).
 */
export function agreeingAnswers({ verdict, endpoint, world }: { verdict: CheckVerdict; endpoint: AgreementEndpoint; world: AgreementWorld }): RouteAnswer[] {
  if (!verdict.found) return ['not-found'];
  const question = routeQuestion({ expectation: endpoint.expectation, product: world.tenant.product });
  if (verdict.allowed) return ['passed'];
  if (question.kind === 'visible') return ['not-found'];
  return question.kind === 'permissions' && question.onProject && !verdict.visible ? ['forbidden', 'not-found'] : ['forbidden'];
}
