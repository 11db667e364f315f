import type { RequestName } from './walk-requests.js';
import { CURRENT, EVERY_TENANT, LEGACY, WITH_NOTIFICATIONS, WITH_REFERENCES } from './walk-scopes.js';

/** A route's declared access, as `describeAccess` writes it ('closed' when it declares none). */
export type DeclaredAccess =
  'public' | 'platform' | 'authenticated' | 'tenant-member' | 'permission:userManagement' | 'permission:projectManagement' | 'scim' | 'closed';

/**
 * What the service asks of a tenant member beyond the declaration, named by the product
 * configuration's fields (SPEC R16, R17, R19, R21 and "Who writes what"):
 * - projectCreation: `projectCreation.permission` (R16)
 * - projectMembers: `projectManagementPermission`, or `projectMembersPermission` on the project (R16)
 * - projectAdministration: `projectManagementPermission`, or the product's project administration
 *   permission on the project (`projectAdministrationPermission`, else `projectMembersPermission`; issue 17)
 * - referenceWriters: `limitedMembers.writers` (R17, Contract "Who writes what")
 * - projectVisible: any permission on the project, else the project answers NOT_FOUND (R19)
 * - userManagement: `userManagementPermission` (legacy departments, R21)
 */
export type ServiceGate = 'projectCreation' | 'projectMembers' | 'projectAdministration' | 'referenceWriters' | 'projectVisible' | 'userManagement';

export interface EndpointExpectation {
  access: DeclaredAccess;
  gate?: ServiceGate;
  /** Walk tenants it is called in; `null` for routes outside any tenant (called with every tenant's callers). */
  walkIn: readonly string[] | null;
  request: RequestName;
  /** The call ends the session it is made with (sign out): it gets a session of its own. */
  endsSession?: true;
}

const T = '/api/v1/tenants/:tenantId';
const SCIM = '/scim/v2/organizations/:orgId';

/** SCIM routes take only an organization's SCIM token, which no walk caller holds: every one of them is 401 (see scim-provisioning.spec.ts for the token's own walk). */
function scimExpectations(): Record<string, EndpointExpectation> {
  const routes = [
    'GET /ServiceProviderConfig',
    'GET /ResourceTypes',
    'GET /Schemas',
    'GET /Users',
    'POST /Users',
    'GET /Users/:userId',
    'PUT /Users/:userId',
    'PATCH /Users/:userId',
    'DELETE /Users/:userId',
    'GET /Groups',
    'POST /Groups',
    'GET /Groups/:groupId',
    'PUT /Groups/:groupId',
    'PATCH /Groups/:groupId',
    'DELETE /Groups/:groupId',
  ];
  return Object.fromEntries(
    routes.map((route) => {
      const [method, path] = route.split(' ') as [string, string];
      return [
        `${method} ${SCIM}${path}`,
        { access: 'scim', walkIn: null, request: method === 'GET' || method === 'DELETE' ? 'scimRead' : 'scimWrite' } satisfies EndpointExpectation,
      ];
    }),
  );
}

/** Every REST route, keyed `METHOD path` exactly as the route registry lists it. */
export const REST_EXPECTATIONS: Record<string, EndpointExpectation> = {
  'GET /api/docs': { access: 'public', walkIn: null, request: 'none' },
  'POST /api/v1/auth/dev-login': { access: 'public', walkIn: null, request: 'devLogin' },
  'POST /api/v1/auth/sign-out': { access: 'authenticated', walkIn: null, request: 'none', endsSession: true },
  // In the walk's dev sign-in mode OpenID sign-in answers CONFLICT: let through, refused by the API's mode.
  'GET /api/v1/auth/sign-in-method': { access: 'public', walkIn: null, request: 'none' },
  'POST /api/v1/auth/oidc/start': { access: 'public', walkIn: null, request: 'oidcStart' },
  'POST /api/v1/auth/oidc/callback': { access: 'public', walkIn: null, request: 'oidcCallback' },
  'POST /api/v1/auth/oidc/sign-out': { access: 'authenticated', walkIn: null, request: 'oidcSignOut', endsSession: true },
  'POST /api/v1/organizations': { access: 'platform', walkIn: null, request: 'createOrganization' },
  'PUT /api/v1/organizations/:orgId/directory': { access: 'platform', walkIn: null, request: 'replaceDirectory' },
  'GET /api/v1/organizations/:orgId/scim-tokens': { access: 'platform', walkIn: null, request: 'organizationOnly' },
  'POST /api/v1/organizations/:orgId/scim-tokens': { access: 'platform', walkIn: null, request: 'createScimToken' },
  'DELETE /api/v1/organizations/:orgId/scim-tokens/:tokenId': { access: 'platform', walkIn: null, request: 'revokeScimToken' },
  ...scimExpectations(),
  'GET /api/v1/outbox': { access: 'platform', walkIn: null, request: 'none' },
  'GET /api/v1/products': { access: 'public', walkIn: null, request: 'none' },
  'GET /api/v1/tenants': { access: 'authenticated', walkIn: null, request: 'none' },
  'POST /api/v1/tenants': { access: 'platform', walkIn: null, request: 'createTenant' },
  [`GET ${T}/api-keys`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
  [`POST ${T}/api-keys`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'createApiKey' },
  [`DELETE ${T}/api-keys/:apiKeyId`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'deleteApiKey' },
  [`POST ${T}/api-keys/import`]: { access: 'platform', walkIn: EVERY_TENANT, request: 'importApiKey' },
  [`GET ${T}/audit-events`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
  [`GET ${T}/audit-events/export`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
  [`POST ${T}/check`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'check' },
  [`POST ${T}/change-previews`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'previewChange' },
  [`POST ${T}/check/batch`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'checkBatch' },
  [`POST ${T}/invitations/:principalId/resend`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'resendInvitation' },
  [`DELETE ${T}/invitations/:principalId`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'revokeInvitation' },
  [`GET ${T}/departments`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'none' },
  [`POST ${T}/departments`]: { access: 'tenant-member', gate: 'userManagement', walkIn: LEGACY, request: 'createDepartment' },
  [`PUT ${T}/departments/:departmentId/members`]: { access: 'tenant-member', gate: 'userManagement', walkIn: LEGACY, request: 'setDepartmentMembers' },
  [`GET ${T}/directory/groups`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
  [`GET ${T}/directory/groups/:groupId/members`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'groupMembers' },
  [`GET ${T}/directory/users`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
  [`POST ${T}/legacy-migration`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'migrationDryRun' },
  [`GET ${T}/legacy/users`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'none' },
  [`POST ${T}/legacy/users`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'legacyInvite' },
  [`DELETE ${T}/legacy/users/:userId`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'legacyRemove' },
  [`PUT ${T}/legacy/users/:userId/role`]: { access: 'permission:userManagement', walkIn: LEGACY, request: 'legacyChangeRole' },
  [`GET ${T}/limited-members`]: { access: 'permission:userManagement', walkIn: CURRENT, request: 'none' },
  [`GET ${T}/me`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'none' },
  [`POST ${T}/notifications`]: { access: 'tenant-member', gate: 'projectMembers', walkIn: WITH_NOTIFICATIONS, request: 'notify' },
  [`GET ${T}/projects`]: { access: 'tenant-member', walkIn: CURRENT, request: 'none' },
  [`POST ${T}/projects`]: { access: 'tenant-member', gate: 'projectCreation', walkIn: CURRENT, request: 'createProject' },
  [`PATCH ${T}/projects/:projectId`]: { access: 'tenant-member', gate: 'projectAdministration', walkIn: CURRENT, request: 'renameProject' },
  [`DELETE ${T}/projects/:projectId`]: { access: 'tenant-member', gate: 'projectAdministration', walkIn: CURRENT, request: 'deleteProject' },
  [`GET ${T}/projects/:projectId/communication-rules`]: { access: 'tenant-member', gate: 'projectVisible', walkIn: WITH_REFERENCES, request: 'projectOnly' },
  [`POST ${T}/projects/:projectId/communication-rules`]: { access: 'tenant-member', gate: 'referenceWriters', walkIn: WITH_REFERENCES, request: 'createRule' },
  [`DELETE ${T}/projects/:projectId/communication-rules/:ruleId`]: {
    access: 'tenant-member',
    gate: 'referenceWriters',
    walkIn: WITH_REFERENCES,
    request: 'deleteRule',
  },
  [`GET ${T}/projects/:projectId/members`]: { access: 'tenant-member', gate: 'projectVisible', walkIn: CURRENT, request: 'projectOnly' },
  [`POST ${T}/projects/:projectId/members`]: { access: 'tenant-member', gate: 'projectMembers', walkIn: CURRENT, request: 'addProjectMembers' },
  [`DELETE ${T}/projects/:projectId/members/:principalId`]: {
    access: 'tenant-member',
    gate: 'projectMembers',
    walkIn: CURRENT,
    request: 'removeProjectMember',
  },
  [`GET ${T}/projects/:projectId/records`]: { access: 'tenant-member', gate: 'projectVisible', walkIn: WITH_REFERENCES, request: 'projectOnly' },
  [`POST ${T}/projects/:projectId/records`]: { access: 'tenant-member', gate: 'referenceWriters', walkIn: WITH_REFERENCES, request: 'createRecord' },
  [`PUT ${T}/projects/:projectId/records/:recordId/assignee`]: {
    access: 'tenant-member',
    gate: 'referenceWriters',
    walkIn: WITH_REFERENCES,
    request: 'assignRecord',
  },
  [`GET ${T}/roles`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'none' },
  [`GET ${T}/roles/:roleId/members`]: { access: 'tenant-member', walkIn: EVERY_TENANT, request: 'roleMembers' },
  [`POST ${T}/roles/:roleId/members`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'addRoleMembers' },
  [`DELETE ${T}/roles/:roleId/members/:principalId`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'removeRoleMember' },
  [`PATCH ${T}/settings`]: { access: 'permission:userManagement', walkIn: CURRENT, request: 'keepProjectCreation' },
  [`GET ${T}/users`]: { access: 'permission:userManagement', walkIn: EVERY_TENANT, request: 'none' },
};

export interface ProcedureExpectation extends EndpointExpectation {
  type: 'query' | 'mutation';
  /**
   * How the REST request becomes the procedure's input. Default: path parameters, query and body
   * merged into one object (tenantId included).
   */
  input?: 'merged' | 'check' | 'migration' | 'none';
}

const rest = (key: string, type: ProcedureExpectation['type'], input?: ProcedureExpectation['input']): ProcedureExpectation => {
  const expectation = REST_EXPECTATIONS[key];
  if (!expectation) throw new Error(`No REST expectation ${key}`);
  return { ...expectation, type, ...(input ? { input } : {}) };
};

/** Every tRPC procedure of the app router: the same decision as the REST route it mirrors. */
export const PROCEDURE_EXPECTATIONS: Record<string, ProcedureExpectation> = {
  'apiKeys.create': rest(`POST ${T}/api-keys`, 'mutation'),
  'apiKeys.delete': rest(`DELETE ${T}/api-keys/:apiKeyId`, 'mutation'),
  'apiKeys.list': rest(`GET ${T}/api-keys`, 'query'),
  'audit.list': rest(`GET ${T}/audit-events`, 'query'),
  'auth.devLogin': rest('POST /api/v1/auth/dev-login', 'mutation'),
  'auth.signOut': rest('POST /api/v1/auth/sign-out', 'mutation', 'none'),
  'auth.signInMethod': rest('GET /api/v1/auth/sign-in-method', 'query', 'none'),
  'auth.oidcStart': rest('POST /api/v1/auth/oidc/start', 'mutation'),
  'auth.oidcCallback': rest('POST /api/v1/auth/oidc/callback', 'mutation'),
  'auth.oidcSignOut': rest('POST /api/v1/auth/oidc/sign-out', 'mutation'),
  'checks.batch': rest(`POST ${T}/check/batch`, 'query'),
  'checks.check': rest(`POST ${T}/check`, 'query', 'check'),
  'communicationRules.create': rest(`POST ${T}/projects/:projectId/communication-rules`, 'mutation'),
  'communicationRules.list': rest(`GET ${T}/projects/:projectId/communication-rules`, 'query'),
  'communicationRules.delete': rest(`DELETE ${T}/projects/:projectId/communication-rules/:ruleId`, 'mutation'),
  'departments.create': rest(`POST ${T}/departments`, 'mutation'),
  'departments.list': rest(`GET ${T}/departments`, 'query'),
  'departments.setMembers': rest(`PUT ${T}/departments/:departmentId/members`, 'mutation'),
  'directory.groupMembers': rest(`GET ${T}/directory/groups/:groupId/members`, 'query'),
  'directory.searchGroups': rest(`GET ${T}/directory/groups`, 'query'),
  'directory.searchUsers': rest(`GET ${T}/directory/users`, 'query'),
  'invitations.resend': rest(`POST ${T}/invitations/:principalId/resend`, 'mutation'),
  'invitations.revoke': rest(`DELETE ${T}/invitations/:principalId`, 'mutation'),
  'legacy.changeRole': rest(`PUT ${T}/legacy/users/:userId/role`, 'mutation'),
  'legacy.invite': rest(`POST ${T}/legacy/users`, 'mutation'),
  'legacy.migrate': rest(`POST ${T}/legacy-migration`, 'mutation', 'migration'),
  'legacy.remove': rest(`DELETE ${T}/legacy/users/:userId`, 'mutation'),
  'legacy.users': rest(`GET ${T}/legacy/users`, 'query'),
  'limitedMembers.list': rest(`GET ${T}/limited-members`, 'query'),
  'me.get': rest(`GET ${T}/me`, 'query'),
  'notifications.send': rest(`POST ${T}/notifications`, 'mutation'),
  'previews.preview': rest(`POST ${T}/change-previews`, 'query'),
  'products.list': rest('GET /api/v1/products', 'query', 'none'),
  'projects.addMembers': rest(`POST ${T}/projects/:projectId/members`, 'mutation'),
  'projects.create': rest(`POST ${T}/projects`, 'mutation'),
  'projects.delete': rest(`DELETE ${T}/projects/:projectId`, 'mutation'),
  'projects.rename': rest(`PATCH ${T}/projects/:projectId`, 'mutation'),
  'projects.list': rest(`GET ${T}/projects`, 'query'),
  'projects.members': rest(`GET ${T}/projects/:projectId/members`, 'query'),
  'projects.removeMember': rest(`DELETE ${T}/projects/:projectId/members/:principalId`, 'mutation'),
  'records.assign': rest(`PUT ${T}/projects/:projectId/records/:recordId/assignee`, 'mutation'),
  'records.list': rest(`GET ${T}/projects/:projectId/records`, 'query'),
  'records.create': rest(`POST ${T}/projects/:projectId/records`, 'mutation'),
  'roles.addMembers': rest(`POST ${T}/roles/:roleId/members`, 'mutation'),
  'roles.list': rest(`GET ${T}/roles`, 'query'),
  'roles.members': rest(`GET ${T}/roles/:roleId/members`, 'query'),
  'roles.removeMember': rest(`DELETE ${T}/roles/:roleId/members/:principalId`, 'mutation'),
  'settings.update': rest(`PATCH ${T}/settings`, 'mutation'),
  'tenants.mine': rest('GET /api/v1/tenants', 'query', 'none'),
  'users.list': rest(`GET ${T}/users`, 'query'),
};
