import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { getProduct, type AnyProduct } from '@loome/roles-core';
import type { ApiResponse } from '../harness/api-client.js';
import type { Scenario } from '../harness/scenario.js';
import { lowestLegacyRole } from './legacy-walk-roles.js';
import { limitedMemberReference } from './limited-member-reference.js';
import { emailOf, type TenantCaller, type WalkTenantSpec } from './walk-callers.js';

/** One tenant of the walk as the API knows it: ids, and a bearer token per caller. */
export interface WalkTenant {
  spec: WalkTenantSpec;
  product: AnyProduct;
  tenantId: string;
  organizationId: string;
  /** The tenant's first user manager (administrator, or Group Admin in a legacy tenant). */
  managerToken: string;
  managerPrincipalId: string;
  /** The project every project-role caller holds a role on (current tenants). */
  projectId?: string;
  /** An unassigned record of that project (products with Limited Members). */
  spareRecordId?: string;
  /** The legacy department and a holder of the lowest legacy role nobody else relies on (legacy tenants). */
  departmentId?: string;
  spareLegacyUserId?: string;
  tokens: Map<string, string>;
  otherTenantAdminToken: string;
  deletedKeySecret: string;
}

export const WALK_GROUP_ID = 'walk-group';

/** The organization directory of a walk tenant; replacing it with itself changes nothing. */
export function walkDirectory({ tenantKey }: { tenantKey: string }) {
  const email = emailOf({ tenantKey, caller: 'directory-user' });
  return { users: [{ email, name: 'Directory User' }], groups: [{ id: WALK_GROUP_ID, name: 'Walk group', members: [email] }] };
}

export const newSecret = () => `lrk_walk-${randomBytes(12).toString('hex')}`;

/** Builds a tenant of the walk through the public API, exactly as its spec says. */
export async function buildWalkTenant({ s, spec }: { s: Scenario; spec: WalkTenantSpec }): Promise<WalkTenant> {
  const product = getProduct(spec.product);
  if (!product) throw new Error(`No product ${spec.product}`);
  const email = (caller: string) => emailOf({ tenantKey: spec.key, caller });
  const managerName = spec.callers[0]!.name;
  const organizationId = await s.organization({ lookup: true, directory: walkDirectory({ tenantKey: spec.key }) });
  const tenantId = await s.tenant({ product: spec.product, orgId: organizationId, administrators: [email(managerName)], roleModel: spec.roleModel });
  const managerToken = await s.signIn(email(managerName));
  const managerPrincipalId = (await s.me(tenantId, managerToken)).principal.id as string;
  const base = `/api/v1/tenants/${tenantId}`;
  const as = { token: managerToken };
  const tenant: WalkTenant = {
    spec,
    product,
    tenantId,
    organizationId,
    managerToken,
    managerPrincipalId,
    tokens: new Map([[managerName, managerToken]]),
    otherTenantAdminToken: '',
    deletedKeySecret: '',
  };
  const ok = <T>(response: ApiResponse<T>, what: string): T => {
    expect(response.status, `${spec.key}: ${what} → ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };

  if (spec.roleModel === 'legacy') {
    tenant.departmentId = ok(await s.http.post(`${base}/departments`, { name: 'Walk department' }, as), 'department').id;
    for (const caller of spec.callers.slice(1)) {
      if (caller.kind !== 'user' || !caller.legacyRole) continue;
      ok(await s.http.post(`${base}/legacy/users`, { email: email(caller.name), role: caller.legacyRole }, as), `invite ${caller.name}`);
    }
    ok(await s.http.post(`${base}/legacy/users`, { email: email('spare'), role: lowestLegacyRole({ product }) }, as), 'invite spare');
    const members = spec.callers.filter((c) => c.kind === 'user' && c.inDepartment).map((c) => email(c.name));
    ok(await s.http.put(`${base}/departments/${tenant.departmentId}/members`, { emails: members }, as), 'department members');
    const users = ok(await s.http.get(`${base}/legacy/users`, as), 'legacy users');
    tenant.spareLegacyUserId = users.items.find((u: { email: string }) => u.email === email('spare')).principalId;
  } else {
    for (const caller of spec.callers.slice(1)) {
      if (caller.kind === 'user' && caller.applicationRole) {
        ok(await s.addMembers(tenantId, caller.applicationRole, { kind: 'user', emails: email(caller.name) }, managerToken), `add ${caller.name}`);
      }
    }
    tenant.projectId = ok(await s.http.post(`${base}/projects`, { name: 'Walk project' }, as), 'project').id;
    const project = `${base}/projects/${tenant.projectId}`;
    for (const caller of spec.callers) {
      if (caller.kind === 'user' && caller.projectRole) {
        ok(await s.http.post(`${project}/members`, { kind: 'user', emails: email(caller.name), role: caller.projectRole }, as), `project ${caller.name}`);
      }
      if (caller.kind === 'user' && caller.limitedMember) {
        const referenced =
          limitedMemberReference({ product }) === 'record-assignment'
            ? await s.http.post(`${project}/records`, { assigneeEmail: email(caller.name) }, as)
            : await s.http.post(`${project}/communication-rules`, { name: `Rule for ${caller.name}`, recipients: [email(caller.name)] }, as);
        ok(referenced, `reference to ${caller.name}`);
      }
    }
    if (product.limitedMembers) tenant.spareRecordId = ok(await s.http.post(`${project}/records`, {}, as), 'spare record').id;
  }

  for (const caller of spec.callers) {
    if (caller.kind === 'user') {
      tenant.tokens.set(caller.name, await s.signIn(email(caller.name)));
      continue;
    }
    const { id, secret } = await createKey({ s, tenant, caller });
    for (const role of caller.applicationRoles) {
      ok(await s.addMembers(tenantId, role, { kind: 'apiKey', apiKeyIds: [id] }, managerToken), `role for ${caller.name}`);
    }
    tenant.tokens.set(caller.name, secret);
  }

  const deleted = await createKey({ s, tenant, caller: { name: 'deleted-key', kind: 'apiKey', applicationRoles: [] } });
  ok(await s.http.delete(`${base}/api-keys/${deleted.id}`, as), 'delete key');
  tenant.deletedKeySecret = deleted.secret;

  const otherAdmin = email('other-tenant-admin');
  await s.tenant({ product: spec.product, administrators: [otherAdmin], roleModel: spec.roleModel });
  tenant.otherTenantAdminToken = await s.signIn(otherAdmin);
  return tenant;
}

async function createKey({ s, tenant, caller }: { s: Scenario; tenant: WalkTenant; caller: Extract<TenantCaller, { kind: 'apiKey' }> }) {
  const base = `/api/v1/tenants/${tenant.tenantId}/api-keys`;
  if (caller.importedCreatedAt) {
    const secret = newSecret();
    const imported = await s.http.post(`${base}/import`, { description: caller.name, createdAt: caller.importedCreatedAt, secret }, { token: s.platform });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    return { id: imported.body.id as string, secret };
  }
  const created = await s.http.post(base, { description: caller.name }, { token: tenant.managerToken });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id as string, secret: created.body.secret as string };
}
