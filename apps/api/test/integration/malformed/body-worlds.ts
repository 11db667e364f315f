import { expect } from 'vitest';
import type { Scenario } from '../harness/scenario.js';
import { entraUser, GROUP_SCHEMA, ScimClient } from '../scim/scim-client.js';
import { emailOf } from '../route-walk/walk-callers.js';
import { walkTarget } from '../route-walk/walk-requests.js';
import { WALK_GROUP_ID, type WalkTenant } from '../route-walk/walk-world.js';
import type { ValuePools } from './valid-bodies.js';

/**
 * The organization that organization-wide and SCIM bodies change: a directory and SCIM resources
 * of its own, so that replacing them leaves the walk tenants' directories as they are.
 */
export interface SandboxOrganization {
  orgId: string;
  scim: ScimClient;
  scimUserIds: string[];
  scimGroupIds: string[];
}

export async function buildSandboxOrganization({ s }: { s: Scenario }): Promise<SandboxOrganization> {
  const orgId = await s.organization({ lookup: true });
  const scim = await ScimClient.forOrganization({ s, orgId });
  const scimUserIds: string[] = [];
  for (const name of ['ada', 'grace', 'linus']) {
    const created = await scim.request('POST', '/Users', entraUser({ userName: `${name}@sandbox.test`, externalId: `sandbox-${name}` }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    scimUserIds.push(created.body.id as string);
  }
  const group = await scim.request('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Sandbox group', members: [{ value: scimUserIds[0] }] });
  expect(group.status, JSON.stringify(group.body)).toBe(201);
  return { orgId, scim, scimUserIds, scimGroupIds: [group.body.id as string] };
}

const ids = (values: readonly (string | undefined)[]) => ({ values: values.filter((value): value is string => Boolean(value)), otherwise: 'uuid' as const });
const generatedOr = (values: readonly string[]) => ({ values, otherwise: 'generated' as const });

async function itemIds({ s, path, token }: { s: Scenario; path: string; token: string }): Promise<string[]> {
  const answer = await s.http.get(path, { token });
  expect(answer.status, `${path} → ${JSON.stringify(answer.body)}`).toBe(200);
  return (answer.body.items as { id?: string; principalId?: string }[]).map((item) => (item.id ?? item.principalId)!);
}

/**
 * What a body sent to this tenant can name that exists: its ids (projects, records, rules, API keys,
 * principals, groups, departments, organizations), its roles and permissions, and the addresses of
 * its callers except the manager's (who must stay the manager for every later body).
 */
export async function tenantValuePools({ s, tenant, sandbox }: { s: Scenario; tenant: WalkTenant; sandbox: SandboxOrganization }): Promise<ValuePools> {
  const base = `/api/v1/tenants/${tenant.tenantId}`;
  const token = tenant.managerToken;
  const project = tenant.projectId ? `${base}/projects/${tenant.projectId}` : null;
  const references = project && tenant.product.limitedMembers;
  // A rule of the project, so that a record's `ruleId` can name one that exists.
  if (references)
    expect((await s.http.post(`${project}/communication-rules`, { name: 'Bodies rule', recipients: [walkTarget({ s, tenant })] }, { token })).status).toBe(201);
  const [principals, apiKeys, records, rules] = await Promise.all([
    itemIds({ s, path: `${base}/users`, token }),
    itemIds({ s, path: `${base}/api-keys`, token }),
    references ? itemIds({ s, path: `${project}/records`, token }) : [],
    references ? itemIds({ s, path: `${project}/communication-rules`, token }) : [],
  ]);
  const managerName = tenant.spec.callers[0]!.name;
  const emails = [
    ...tenant.spec.callers
      .filter((caller) => caller.kind === 'user' && caller.name !== managerName)
      .map((caller) => emailOf({ tenantKey: tenant.spec.key, caller: caller.name })),
    walkTarget({ s, tenant }),
    emailOf({ tenantKey: tenant.spec.key, caller: 'directory-user' }),
  ];
  const roles = tenant.spec.roleModel === 'legacy' ? Object.keys(tenant.product.legacy?.roles ?? {}) : Object.keys(tenant.product.applicationRoles);
  const permissions = [...Object.keys(tenant.product.permissions), ...Object.keys(tenant.product.projectPermissions)];
  const projectRoles = Object.entries(tenant.product.projectRoles)
    .filter(([, role]) => role.assignable)
    .map(([role]) => role);
  return {
    projectId: ids([tenant.projectId]),
    recordId: ids([tenant.spareRecordId, ...records]),
    ruleId: ids(rules),
    principalId: ids([...principals, ...apiKeys]),
    apiKeyId: ids(apiKeys),
    apiKeyIds: ids(apiKeys),
    groupIds: ids([WALK_GROUP_ID]),
    departmentIds: ids([tenant.departmentId]),
    organizationId: ids([sandbox.orgId, tenant.organizationId]),
    'members[].value': ids(sandbox.scimUserIds),
    roleId: generatedOr(roles),
    role: generatedOr(projectRoles),
    permission: generatedOr(permissions),
    ...Object.fromEntries(
      ['email', 'emails', 'recipients', 'assigneeEmail', 'administrators', 'members', 'userName'].map((field) => [field, generatedOr(emails)]),
    ),
  };
}
