import { expect } from 'vitest';
import type { ApplicationRoleId } from '@loome/roles-core';
import type { ApiResponse } from '../harness/api-client.js';
import type { Scenario } from '../harness/scenario.js';
import { emailOf, WALK_TENANTS } from '../route-walk/walk-callers.js';
import { buildWalkTenant, walkDirectory, WALK_GROUP_ID, type WalkTenant } from '../route-walk/walk-world.js';

/** Who calls: a principal of the walk tenant (by name) with its token, or an outsider. */
export interface AgreementCaller {
  name: string;
  token: string;
}

/**
 * What a route acts on: a project (the walk's, one nobody but its creator holds a role on,
 * another tenant's, or none at all) and, for record routes, a record of it.
 */
export interface AgreementResource {
  label: string;
  projectId: string;
  /** Whether the project is this tenant's (request builders may prepare state in it). */
  own: boolean;
  recordId?: string;
}

export interface AgreementWorld {
  tenant: WalkTenant;
  callers: AgreementCaller[];
  resources: AgreementResource[];
}

const ROLE_GROUP_ID = 'agreement-role-group';

/** The application role a group holds in the world: the first one that is neither administrator nor consumer. */
function groupApplicationRole(roles: readonly string[]): ApplicationRoleId {
  return (roles.find((role) => role !== 'administrator' && role !== 'consumer') ?? 'consumer') as ApplicationRoleId;
}

/**
 * The walk's tenant of a product (a user of every application role, every assignable project
 * role, the Limited Member, the key policy's keys), and beside it: a member holding the owner
 * role through a group (R7), a member holding an application role through a group, a project
 * nobody else holds a role on, records, and another tenant's project and record (Strict input).
 */
export async function buildAgreementWorld({ s, tenantKey }: { s: Scenario; tenantKey: string }): Promise<AgreementWorld> {
  const spec = WALK_TENANTS.find((walked) => walked.key === tenantKey);
  if (!spec) throw new Error(`No walk tenant ${tenantKey}`);
  const productId = spec.product;
  const tenant = await buildWalkTenant({ s, spec });
  const outsider: AgreementCaller = { name: 'outsider (another tenant’s administrator)', token: tenant.otherTenantAdminToken };
  if (spec.roleModel === 'legacy') {
    // R21: a department's id is a projectId to `check`; the legacy routes act on the tenant.
    const callers = [...[...tenant.tokens].map(([name, token]) => ({ name, token })), outsider];
    const resources = [
      { label: 'department', projectId: tenant.departmentId!, own: true },
      { label: 'missing department', projectId: 'no-such-department', own: false },
    ];
    return { tenant, callers, resources };
  }
  const ok = <T>(response: ApiResponse<T>, what: string): T => {
    expect(response.status, `${productId}: ${what} → ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const email = (caller: string) => emailOf({ tenantKey: spec.key, caller });
  const as = { token: tenant.managerToken };
  const base = `/api/v1/tenants/${tenant.tenantId}`;

  // The walk's directory and one more group, whose only member holds an application role through it.
  const walked = walkDirectory({ tenantKey: spec.key });
  await s.setDirectory({
    orgId: tenant.organizationId,
    directory: {
      users: [...walked.users, { email: email('group-role-member'), name: 'Group Role Member' }],
      groups: [...walked.groups, { id: ROLE_GROUP_ID, name: 'Role group', members: [email('group-role-member')] }],
    },
  });
  const groupRole = groupApplicationRole(Object.keys(tenant.product.applicationRoles));
  ok(await s.addMembers(tenant.tenantId, groupRole, { kind: 'group', groupIds: [ROLE_GROUP_ID] }, tenant.managerToken), 'group application role');
  ok(
    await s.http.post(`${base}/projects/${tenant.projectId}/members`, { kind: 'group', groupIds: [WALK_GROUP_ID], role: tenant.product.projectOwnerRole }, as),
    'group project owner',
  );

  const secondProject = ok(await s.http.post(`${base}/projects`, { name: 'Nobody else’s project' }, as), 'second project').id as string;
  const resources: AgreementResource[] = [
    { label: 'walk project', projectId: tenant.projectId!, own: true },
    { label: 'second project', projectId: secondProject, own: true },
    { label: 'missing project', projectId: 'no-such-project', own: false },
  ];

  const foreignAdmin = email('foreign-admin');
  const foreignTenant = await s.tenant({ product: productId, administrators: [foreignAdmin] });
  const foreignToken = await s.signIn(foreignAdmin);
  const foreignProject = ok(await s.http.post(`/api/v1/tenants/${foreignTenant}/projects`, { name: 'Foreign' }, { token: foreignToken }), 'foreign project')
    .id as string;
  resources.push({ label: 'another tenant’s project', projectId: foreignProject, own: false });

  if (tenant.product.limitedMembers) {
    const records = `${base}/projects/${tenant.projectId}/records`;
    const listed = ok(await s.http.get(records, as), 'records').items as { id: string }[];
    // The spare record first: the same triples meet the same records on every database.
    listed.sort((a, b) => Number(b.id === tenant.spareRecordId) - Number(a.id === tenant.spareRecordId));
    for (const record of listed)
      resources.push({
        label: record.id === tenant.spareRecordId ? 'spare record' : 'a record of the walk project',
        projectId: tenant.projectId!,
        own: true,
        recordId: record.id,
      });
    const second = ok(await s.http.post(`${base}/projects/${secondProject}/records`, { assigneeEmail: email('limited-member') }, as), 'second record')
      .id as string;
    resources.push({ label: 'record of the second project', projectId: secondProject, own: true, recordId: second });
    // A record asked about with another project's id (Contract "Strict input").
    resources.push({ label: 'record under the wrong project', projectId: secondProject, own: true, recordId: tenant.spareRecordId! });
    const foreignRecord = ok(
      await s.http.post(`/api/v1/tenants/${foreignTenant}/projects/${foreignProject}/records`, {}, { token: foreignToken }),
      'foreign record',
    ).id as string;
    resources.push({ label: 'another tenant’s record', projectId: tenant.projectId!, own: true, recordId: foreignRecord });
    resources.push({ label: 'missing record', projectId: tenant.projectId!, own: true, recordId: 'no-such-record' });
  }

  // An API key of every application role the key policy's keys leave out (R20: keys act by their roles).
  const keyCallers: AgreementCaller[] = [];
  for (const role of Object.keys(tenant.product.applicationRoles)) {
    const name = `key-${role}`;
    if (tenant.tokens.has(name)) continue;
    const key = ok(await s.http.post(`${base}/api-keys`, { description: name }, as), `key ${name}`);
    ok(await s.addMembers(tenant.tenantId, role, { kind: 'apiKey', apiKeyIds: [key.id] }, tenant.managerToken), `role of ${name}`);
    keyCallers.push({ name, token: key.secret as string });
  }

  const callers: AgreementCaller[] = [
    ...[...tenant.tokens].map(([name, token]) => ({ name, token })),
    ...keyCallers,
    { name: 'project-owner-through-group', token: await s.signIn(email('directory-user')) },
    { name: `${groupRole}-through-group`, token: await s.signIn(email('group-role-member')) },
    outsider,
  ];
  return { tenant, callers, resources };
}
