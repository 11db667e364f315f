import { viewerProjectRole } from '@loome/roles-core';
import type { Scenario } from '../harness/scenario.js';
import { legacyManagerRole, lowestLegacyRole } from './legacy-walk-roles.js';
import { emailOf } from './walk-callers.js';
import { newSecret, walkDirectory, WALK_GROUP_ID, type WalkTenant } from './walk-world.js';

const scimTokens = new Map<string, Promise<string>>();
/** A SCIM token of the tenant's organization, made once: what an identity provider sends to SCIM routes. */
export function scimTokenOf({ s, tenant }: WalkContext): Promise<string> {
  let token = scimTokens.get(tenant.organizationId);
  if (!token) {
    token = s.http
      .post(`/api/v1/organizations/${tenant.organizationId}/scim-tokens`, { description: 'Walk SCIM client' }, { token: s.platform })
      .then((answer) => answer.body.token as string);
    scimTokens.set(tenant.organizationId, token);
  }
  return token;
}

/** One request of the walk: path parameters (tenantId is added), query and JSON body. */
export interface WalkRequest {
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface WalkContext {
  s: Scenario;
  tenant: WalkTenant;
}

export type RequestBuilder = (context: WalkContext) => WalkRequest | Promise<WalkRequest>;

let fresh = 0;
const freshEmail = ({ tenant }: WalkContext) => emailOf({ tenantKey: tenant.spec.key, caller: `fresh-${++fresh}` });

/** Somebody no caller depends on: what allowed mutations add, assign and notify. */
export const walkTarget = ({ tenant }: WalkContext) => emailOf({ tenantKey: tenant.spec.key, caller: 'walk-target' });

/** The assignable project role with the fewest permissions (what a notification gives): never an escalation. */
const lowestProjectRole = ({ tenant }: WalkContext) => viewerProjectRole({ product: tenant.product });

const firstPermission = ({ tenant }: WalkContext) => Object.keys(tenant.product.permissions)[0]!;
const legacyRole = ({ tenant }: WalkContext) => lowestLegacyRole({ product: tenant.product });
const memberListRole = (context: WalkContext) => (context.tenant.spec.roleModel === 'legacy' ? legacyRole(context) : 'consumer');
const managerRole = ({ tenant }: WalkContext) => (tenant.spec.roleModel === 'legacy' ? legacyManagerRole({ product: tenant.product }) : 'administrator');
const project = ({ tenant }: WalkContext) => ({ projectId: tenant.projectId! });

/** Somebody the tenant's manager invited just now: a pending invitation every allowed caller meets (R3). */
async function freshInvitation(context: WalkContext): Promise<WalkRequest> {
  const { s, tenant } = context;
  const email = freshEmail(context);
  if (tenant.spec.roleModel === 'legacy') {
    await s.http.post(`/api/v1/tenants/${tenant.tenantId}/legacy/users`, { email, role: legacyRole(context) }, { token: tenant.managerToken });
  } else {
    await s.addMembers(tenant.tenantId, 'consumer', { kind: 'user', emails: email }, tenant.managerToken);
  }
  return { params: { principalId: await s.principalIdOf(tenant.tenantId, email, tenant.managerToken) } };
}

/**
 * A project made just now with the same project roles as the one the context names (users, groups
 * and keys alike; its maker, the manager, is an owner of both): deleting it answers each caller as
 * deleting that project would, and every allowed caller finds one to delete.
 */
async function doomedCopyOfProject(context: WalkContext): Promise<WalkRequest> {
  const { s, tenant } = context;
  const as = { token: tenant.managerToken };
  const base = `/api/v1/tenants/${tenant.tenantId}/projects`;
  const copy = (await s.http.post(base, { name: `Walk doomed project ${++fresh}` }, as)).body.id as string;
  const listed = await s.http.get(`${base}/${tenant.projectId}/members`, as);
  for (const role of listed.body.roles as { id: string; assignable: boolean; members: { items: { kind: string; email?: string; principalId: string }[] } }[]) {
    if (!role.assignable) continue;
    for (const member of role.members.items) {
      const body =
        member.kind === 'user'
          ? { kind: 'user', emails: member.email }
          : member.kind === 'group'
            ? { kind: 'group', groupIds: [member.principalId] }
            : { kind: 'apiKey', apiKeyIds: [member.principalId] };
      await s.http.post(`${base}/${copy}/members`, { ...body, role: role.id }, as);
    }
  }
  return { params: { projectId: copy } };
}

/**
 * Requests whose allowed answer would otherwise depend on who called first (deletions) target
 * something made just before the call, so every allowed caller meets the same state.
 */
export const REQUESTS = {
  none: () => ({ params: {} }),
  devLogin: () => ({ params: {}, body: { email: 'walk-visitor@walk.test' } }),
  oidcStart: () => ({ params: {}, body: { redirectUri: 'http://localhost:3001/sign-in/callback', returnTo: '/' } }),
  oidcCallback: () => ({ params: {}, body: { callbackUrl: 'http://localhost:3001/sign-in/callback?code=walk&state=walk', state: 'walk' } }),
  oidcSignOut: () => ({ params: {}, body: { postLogoutRedirectUri: 'http://localhost:3001/sign-in' } }),
  createOrganization: () => ({ params: {}, body: { name: 'Walk extra org', userLookup: false, groupLookup: false } }),
  replaceDirectory: ({ tenant }) => ({ params: { orgId: tenant.organizationId }, body: walkDirectory({ tenantKey: tenant.spec.key }) }),
  organizationOnly: ({ tenant }) => ({ params: { orgId: tenant.organizationId } }),
  createScimToken: ({ tenant }) => ({ params: { orgId: tenant.organizationId }, body: { description: 'Walk SCIM token' } }),
  revokeScimToken: async ({ s, tenant }) => {
    const created = await s.http.post(
      `/api/v1/organizations/${tenant.organizationId}/scim-tokens`,
      { description: 'Walk token to revoke' },
      { token: s.platform },
    );
    return { params: { orgId: tenant.organizationId, tokenId: created.body.id as string } };
  },
  // Resources that do not exist: a SCIM request the walk sends with a valid token answers 404 or 400 and changes nothing.
  scimRead: ({ tenant }) => ({ params: { orgId: tenant.organizationId, userId: 'walk-scim-user', groupId: 'walk-scim-group' } }),
  scimWrite: ({ tenant }) => ({
    params: { orgId: tenant.organizationId, userId: 'walk-scim-user', groupId: 'walk-scim-group' },
    body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: false }] },
  }),
  createTenant: ({ tenant }) => ({
    params: {},
    body: { product: tenant.product.id, name: 'Walk extra tenant', organizationId: tenant.organizationId, administrators: ['walk-extra-admin@walk.test'] },
  }),
  createApiKey: () => ({ params: {}, body: { description: 'walk key' } }),
  deleteApiKey: async ({ s, tenant }) => {
    const body = { description: 'walk doomed key', createdAt: new Date().toISOString(), secret: newSecret() };
    const imported = await s.http.post(`/api/v1/tenants/${tenant.tenantId}/api-keys/import`, body, { token: s.platform });
    return { params: { apiKeyId: imported.body.id } };
  },
  importApiKey: () => ({ params: {}, body: { description: 'walk imported key', createdAt: new Date().toISOString(), secret: newSecret() } }),
  check: (context) => ({ params: {}, body: { permission: firstPermission(context) } }),
  // A dry run writes nothing: every member gets an answer (a refusal inside it where the change would be refused).
  previewChange: (context) => ({ params: {}, body: { change: 'move-user', roleId: memberListRole(context), email: walkTarget(context) } }),
  checkBatch: (context) => ({ params: {}, body: { checks: [{ permission: firstPermission(context) }] } }),
  createDepartment: () => ({ params: {}, body: { name: 'Walk extra department' } }),
  setDepartmentMembers: ({ tenant }) => ({
    params: { departmentId: tenant.departmentId! },
    body: {
      emails: tenant.spec.callers.filter((c) => c.kind === 'user' && c.inDepartment).map((c) => emailOf({ tenantKey: tenant.spec.key, caller: c.name })),
    },
  }),
  groupMembers: () => ({ params: { groupId: WALK_GROUP_ID } }),
  migrationDryRun: () => ({ params: {}, query: { dryRun: 'true' } }),
  legacyInvite: (context) => ({ params: {}, body: { email: walkTarget(context), role: legacyRole(context) } }),
  legacyRemove: async (context) => {
    const { s, tenant } = context;
    const email = freshEmail(context);
    const as = { token: tenant.managerToken };
    await s.http.post(`/api/v1/tenants/${tenant.tenantId}/legacy/users`, { email, role: legacyRole(context) }, as);
    const users = await s.http.get(`/api/v1/tenants/${tenant.tenantId}/legacy/users`, as);
    return { params: { userId: users.body.items.find((u: { email: string }) => u.email === email).principalId } };
  },
  legacyChangeRole: (context) => ({ params: { userId: context.tenant.spareLegacyUserId! }, body: { role: legacyRole(context) } }),
  notify: (context) => ({ params: {}, body: { emails: [walkTarget(context)], projectId: context.tenant.projectId } }),
  // Project names are unique in a tenant (issue 17): each allowed caller creates one of its own.
  createProject: () => ({ params: {}, body: { name: `Walk extra project ${++fresh}` } }),
  renameProject: (context) => ({ params: project(context), body: { name: `Walk project ${++fresh}` } }),
  deleteProject: doomedCopyOfProject,
  createRule: (context) => ({ params: project(context), body: { name: 'Walk rule', recipients: [walkTarget(context)] } }),
  deleteRule: async (context) => {
    const { s, tenant } = context;
    const url = `/api/v1/tenants/${tenant.tenantId}/projects/${tenant.projectId}/communication-rules`;
    const created = await s.http.post(url, { name: 'Walk doomed rule', recipients: [walkTarget(context)] }, { token: tenant.managerToken });
    return { params: { ...project(context), ruleId: created.body.id } };
  },
  projectOnly: (context) => ({ params: project(context) }),
  addProjectMembers: (context) => ({
    params: project(context),
    body: { kind: 'user', emails: walkTarget(context), role: lowestProjectRole(context) },
  }),
  removeProjectMember: async (context) => {
    const { s, tenant } = context;
    const email = freshEmail(context);
    const body = { kind: 'user', emails: email, role: lowestProjectRole(context) };
    await s.http.post(`/api/v1/tenants/${tenant.tenantId}/projects/${tenant.projectId}/members`, body, { token: tenant.managerToken });
    return { params: { ...project(context), principalId: await s.principalIdOf(tenant.tenantId, email, tenant.managerToken) } };
  },
  createRecord: (context) => ({ params: project(context), body: {} }),
  assignRecord: (context) => ({ params: { ...project(context), recordId: context.tenant.spareRecordId! }, body: { email: walkTarget(context) } }),
  roleMembers: (context) => ({ params: { roleId: memberListRole(context) } }),
  // The lowest role of the tenant's model: a legacy tenant's roles routes take its legacy roles (R21).
  addRoleMembers: (context) => ({ params: { roleId: memberListRole(context) }, body: { kind: 'user', emails: walkTarget(context) } }),
  // The tenant's only user manager: refused by R10/R11 once authorized, never carried out.
  removeRoleMember: (context) => ({ params: { roleId: managerRole(context), principalId: context.tenant.managerPrincipalId } }),
  resendInvitation: freshInvitation,
  revokeInvitation: freshInvitation,
  keepProjectCreation: () => ({ params: {}, body: { projectCreation: 'project-creators' } }),
} satisfies Record<string, RequestBuilder>;

export type RequestName = keyof typeof REQUESTS;
