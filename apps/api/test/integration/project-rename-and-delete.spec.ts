import { describeAuditEvent, getProduct } from '@loome/roles-core';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

/** The newest audit event of one action, with the sentence the portals show for it (R24). */
async function lastSentence({ s, productId, tenantId, token, action }: { s: Scenario; productId: string; tenantId: string; token: string; action: string }) {
  const page = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?action=${action}`, { token });
  expect(page.status).toBe(200);
  return describeAuditEvent({ product: getProduct(productId)!, event: page.body.items[0] }).sentence;
}

/** What a person could observe of a tenant's projects, to show a refused change changed nothing. */
async function projectsSeen({ s, tenantId, token }: { s: Scenario; tenantId: string; token: string }) {
  const listed = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token });
  const members = await Promise.all(
    listed.body.items.map(async (project: { id: string }) => (await s.http.get(`/api/v1/tenants/${tenantId}/projects/${project.id}/members`, { token })).body),
  );
  const audit = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events`, { token });
  return { projects: listed.body.items, members, audit: audit.body.items.length };
}

describeOnEachDatabase('renaming and deleting projects (issue 17)', (get) => {
  it('Issue 17, R24: the owner renames a project; the list shows the new name and the log says “renamed project “Alpha” to “Alpha (EU)””', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['ren-admin@x.test'] });
    const admin = await s.signIn('ren-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'ren-owner@x.test' }, admin);
    const owner = await s.signIn('ren-owner@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Alpha' }, { token: owner })).body.id;

    const renamed = await s.http.patch(`/api/v1/tenants/${tenantId}/projects/${project}`, { name: '  Alpha (EU) ' }, { token: owner });
    expect({ status: renamed.status, body: renamed.body }).toEqual({ status: 200, body: { id: project, name: 'Alpha (EU)' } });
    const listed = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: owner });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: project, name: 'Alpha (EU)', myRoles: ['owner'] })]);
    expect(await lastSentence({ s, productId: 'integrate', tenantId, token: admin, action: 'project.renamed' })).toBe(
      'ren-owner@x.test renamed project “Alpha” to “Alpha (EU)”.',
    );

    // The same name again is no change: nothing more in the log.
    const again = await s.http.patch(`/api/v1/tenants/${tenantId}/projects/${project}`, { name: 'Alpha (EU)' }, { token: owner });
    expect(again.status).toBe(200);
    const events = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?action=project.renamed`, { token: admin });
    expect(events.body.items).toHaveLength(1);
  });

  it('Issue 17: two projects of a tenant never share a name, whatever its case and spaces: create and rename answer 409 CONFLICT and change nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['dup-admin@x.test'] });
    const admin = await s.signIn('dup-admin@x.test');
    const sales = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Sales' }, { token: admin })).body.id;
    const support = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Support' }, { token: admin })).body.id;
    const before = await projectsSeen({ s, tenantId, token: admin });

    const created = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: ' sALES ' }, { token: admin });
    expect({ status: created.status, code: created.body.code, detail: created.body.detail }).toEqual({
      status: 409,
      code: 'CONFLICT',
      detail: expect.stringContaining('“Sales” already exists'),
    });
    expect(created.headers.get('content-type')).toContain('application/problem+json');
    const renamed = await s.http.patch(`/api/v1/tenants/${tenantId}/projects/${support}`, { name: 'SALES' }, { token: admin });
    expect({ status: renamed.status, code: renamed.body.code }).toEqual({ status: 409, code: 'CONFLICT' });
    expect(await projectsSeen({ s, tenantId, token: admin })).toEqual(before);

    // A project keeps its own name in another case; another tenant's “Sales” is no conflict.
    expect((await s.http.patch(`/api/v1/tenants/${tenantId}/projects/${sales}`, { name: 'SALES' }, { token: admin })).status).toBe(200);
    const other = await s.tenant({ product: 'assist', administrators: ['dup-admin@x.test'] });
    expect((await s.http.post(`/api/v1/tenants/${other}/projects`, { name: 'Sales' }, { token: admin })).status).toBe(201);
    // A deleted project's name is free again.
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/projects/${support}`, { token: admin })).status).toBe(200);
    expect((await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'support' }, { token: admin })).status).toBe(201);
  });

  it('Issue 17, R17, R24: the preview of a Monitor project’s deletion names what goes, and the deletion does exactly that: roles, records, rules, Limited Members; nobody leaves the tenant', async () => {
    const s = get();
    const orgId = await s.organization({
      directory: {
        users: [{ email: 'del-grouped@x.test', name: 'Grouped' }],
        groups: [{ id: 'del-team', name: 'Night team', members: ['del-grouped@x.test'] }],
      },
    });
    const tenantId = await s.tenant({ product: 'monitor', orgId, administrators: ['del-admin@x.test'] });
    const admin = await s.signIn('del-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    const project = (await s.http.post(`${base}/projects`, { name: 'Churn' }, { token: admin })).body.id;
    const kept = (await s.http.post(`${base}/projects`, { name: 'Kept' }, { token: admin })).body.id;
    const members = `${base}/projects/${project}/members`;
    expect((await s.http.post(members, { kind: 'user', emails: 'del-bob@x.test', role: 'contributor' }, { token: admin })).status).toBe(201);
    expect((await s.http.post(members, { kind: 'group', groupIds: ['del-team'], role: 'member' }, { token: admin })).status).toBe(201);
    const key = (await s.http.post(`${base}/api-keys`, { description: 'Churn export' }, { token: admin })).body;
    expect((await s.http.post(members, { kind: 'apiKey', apiKeyIds: [key.id], role: 'member' }, { token: admin })).status).toBe(201);
    expect((await s.http.post(`${base}/projects/${kept}/members`, { kind: 'user', emails: 'del-bob@x.test', role: 'owner' }, { token: admin })).status).toBe(
      201,
    );
    const record = (await s.http.post(`${base}/projects/${project}/records`, { assigneeEmail: 'del-lim@x.test' }, { token: admin })).body.id;
    const rule = (
      await s.http.post(`${base}/projects/${project}/communication-rules`, { name: 'Daily digest', recipients: ['del-mail@x.test'] }, { token: admin })
    ).body.id;
    expect((await s.http.post(`${base}/projects/${project}/records`, { ruleId: rule }, { token: admin })).status).toBe(201);
    const keptRecord = (await s.http.post(`${base}/projects/${kept}/records`, { assigneeEmail: 'del-lim@x.test' }, { token: admin })).body.id;
    expect((await s.http.get(`${base}/limited-members`, { token: admin })).body.items).toHaveLength(3);

    const preview = await s.http.post(`${base}/change-previews`, { change: 'delete-project', projectId: project }, { token: admin });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      allowed: true,
      deletedProjects: [{ id: project, name: 'Churn', records: 2, communicationRules: ['Daily digest'] }],
      applicationRoles: { granted: [], revoked: [] },
      administrators: { before: 1, after: 1 },
    });
    const revoked = preview.body.projectRoles.revoked.map(
      (change: { email: string | null; name: string; roleLabel: string }) => `${change.email ?? change.name}: ${change.roleLabel}`,
    );
    expect(revoked.sort()).toEqual(['Churn export: Member', 'Night team: Member', 'del-admin@x.test: Owner', 'del-bob@x.test: Contributor'].sort());
    expect((await s.http.get(`${base}/projects`, { token: admin })).body.items).toHaveLength(2);

    const deleted = await s.http.delete(`${base}/projects/${project}`, { token: admin });
    expect({ status: deleted.status, body: deleted.body }).toEqual({
      status: 200,
      body: {
        deleted: { id: project, name: 'Churn' },
        projectRolesRemoved: preview.body.projectRoles.revoked.length,
        recordsDeleted: 2,
        communicationRulesDeleted: 1,
      },
    });
    expect((await s.http.get(`${base}/projects`, { token: admin })).body.items.map((p: { name: string }) => p.name)).toEqual(['Kept']);
    expect((await s.http.get(members, { token: admin })).status).toBe(404);
    expect((await s.check(tenantId, { permission: 'project.rules.run', projectId: project }, admin)).status).toBe(404);
    expect((await s.check(tenantId, { permission: 'results.view-edit', recordId: record }, admin)).status).toBe(404);
    // The Limited Members the project's references made are gone with it; the one another project keeps stays.
    const limited = (await s.http.get(`${base}/limited-members`, { token: admin })).body.items;
    expect(limited.map((item: { email: string; project: { id: string } }) => [item.email, item.project.id])).toEqual([['del-lim@x.test', kept]]);
    expect((await s.check(tenantId, { email: 'del-lim@x.test', permission: 'project.results.view-edit', recordId: keptRecord }, admin)).body.allowed).toBe(
      true,
    );
    // Nobody loses an application role: each stays a consumer of the tenant.
    const consumers = (await s.http.get(`${base}/roles/consumer/members?limit=50`, { token: admin })).body.items.map((m: { email: string }) => m.email);
    expect(consumers).toEqual(expect.arrayContaining(['del-bob@x.test', 'del-lim@x.test', 'del-mail@x.test']));
    expect((await s.http.get(`${base}/api-keys`, { token: admin })).body.items.map((k: { id: string }) => k.id)).toEqual([key.id]);

    expect(await lastSentence({ s, productId: 'monitor', tenantId, token: admin, action: 'project.deleted' })).toBe(
      'del-admin@x.test deleted project “Churn”, removing the project roles of 4 members, 2 records and 1 communication rule.',
    );
    const again = await s.http.delete(`${base}/projects/${project}`, { token: admin });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('Issue 17, R18: deleting an Assist project takes the readers its notifications made with it; they stay consumers', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['ntf-admin@x.test'] });
    const admin = await s.signIn('ntf-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    const project = (await s.http.post(`${base}/projects`, { name: 'Notified' }, { token: admin })).body.id;
    expect((await s.http.post(`${base}/notifications`, { emails: ['ntf-new@x.test'], projectId: project }, { token: admin })).status).toBe(201);
    expect((await s.check(tenantId, { email: 'ntf-new@x.test', permission: 'project.view', projectId: project }, admin)).body.allowed).toBe(true);

    const deleted = await s.http.post(`/trpc/projects.delete`, { tenantId, projectId: project }, { token: admin });
    expect(deleted.status).toBe(200);
    expect(deleted.body.result.data).toMatchObject({ deleted: { id: project, name: 'Notified' }, projectRolesRemoved: 2 });
    const reader = await s.signIn('ntf-new@x.test');
    expect((await s.http.get(`${base}/projects`, { token: reader })).body.items).toEqual([]);
    expect((await s.me(tenantId, reader)).roles.map((role: { source: { role: string } }) => role.source.role)).toEqual(['consumer']);
  });

  it('Issue 17, R16: only whoever manages the project renames or deletes it — FORBIDDEN for a contributor, a member, another project’s owner; Assist’s project creators manage every project', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['fbd-admin@x.test'] });
    const admin = await s.signIn('fbd-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'fbd-owner@x.test; fbd-other@x.test' }, admin);
    const owner = await s.signIn('fbd-owner@x.test');
    const other = await s.signIn('fbd-other@x.test');
    const project = (await s.http.post(`${base}/projects`, { name: 'Owned' }, { token: owner })).body.id;
    expect((await s.http.post(`${base}/projects`, { name: 'Theirs' }, { token: other })).status).toBe(201);
    for (const [email, role] of [
      ['fbd-contributor@x.test', 'contributor'],
      ['fbd-member@x.test', 'member'],
    ]) {
      expect((await s.http.post(`${base}/projects/${project}/members`, { kind: 'user', emails: email, role }, { token: owner })).status).toBe(201);
    }
    const outsiders = ['fbd-contributor@x.test', 'fbd-member@x.test', 'fbd-other@x.test'];
    for (const email of outsiders) await s.signIn(email);
    const before = await projectsSeen({ s, tenantId, token: admin });
    for (const email of outsiders) {
      const token = await s.signIn(email);
      const renamed = await s.http.patch(`${base}/projects/${project}`, { name: 'Taken over' }, { token });
      expect({ email, status: renamed.status, code: renamed.body.code }).toEqual({ email, status: 403, code: 'FORBIDDEN' });
      const deleted = await s.http.delete(`${base}/projects/${project}`, { token });
      expect({ email, status: deleted.status, code: deleted.body.code }).toEqual({ email, status: 403, code: 'FORBIDDEN' });
      const preview = await s.http.post(`${base}/change-previews`, { change: 'delete-project', projectId: project }, { token });
      expect(preview.body).toMatchObject({ allowed: false, refusal: { code: 'FORBIDDEN', message: 'You are not allowed to delete this project.' } });
    }
    expect(await projectsSeen({ s, tenantId, token: admin })).toEqual(before);
    expect((await s.http.patch(`${base}/projects/${project}`, { name: 'By the administrator' }, { token: admin })).status).toBe(200);

    const assist = await s.tenant({ product: 'assist', administrators: ['fbd-admin@x.test'] });
    await s.addMembers(assist, 'project-creator', { kind: 'user', emails: 'fbd-creator@x.test' }, admin);
    const adminsProject = (await s.http.post(`/api/v1/tenants/${assist}/projects`, { name: 'Admin’s' }, { token: admin })).body.id;
    const creator = await s.signIn('fbd-creator@x.test');
    expect((await s.http.delete(`/api/v1/tenants/${assist}/projects/${adminsProject}`, { token: creator })).status).toBe(200);
  });

  it('Contract "Strict input": bad input is a clear 4xx and changes nothing — blank, long or extra fields, not JSON, unknown or another tenant’s project, a dot segment, a legacy tenant', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['bad-admin@x.test'] });
    const admin = await s.signIn('bad-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    const project = (await s.http.post(`${base}/projects`, { name: 'Stable' }, { token: admin })).body.id;
    const path = `${base}/projects/${project}`;
    const before = await projectsSeen({ s, tenantId, token: admin });
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 'Fine', extra: true }, { name: 7 }, null]) {
      const answer = await s.http.patch(path, body, { token: admin });
      expect({ body, status: answer.status, code: answer.body?.code }).toEqual({ body, status: 400, code: 'VALIDATION' });
    }
    const notJson = await s.http.request('PATCH', path, undefined, { token: admin, rawBody: 'name=Other', headers: { 'content-type': 'text/plain' } });
    expect(notJson.status).toBe(415);
    const unknown = await s.http.delete(`${base}/projects/no-such-project`, { token: admin });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const theirs = await s.tenant({ product: 'monitor', administrators: ['bad-other@x.test'] });
    const foreign = (await s.http.post(`/api/v1/tenants/${theirs}/projects`, { name: 'Foreign' }, { token: await s.signIn('bad-other@x.test') })).body.id;
    for (const answer of [
      await s.http.delete(`${base}/projects/${foreign}`, { token: admin }),
      await s.http.patch(`${base}/projects/${foreign}`, { name: 'Mine now' }, { token: admin }),
    ]) {
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    // A client resolves `…/members/..` to `…/projects/<id>/`: that is no route, never the project's deletion.
    const dotted = await s.http.delete(`${path}/members/..`, { token: admin });
    expect({ status: dotted.status, code: dotted.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await projectsSeen({ s, tenantId, token: admin })).toEqual(before);

    const legacy = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['bad-gadmin@x.test'] });
    const legacyAnswer = await s.http.delete(`/api/v1/tenants/${legacy}/projects/any-project`, { token: await s.signIn('bad-gadmin@x.test') });
    expect({ status: legacyAnswer.status, code: legacyAnswer.body.code }).toEqual({ status: 409, code: 'CONFLICT' });
  });
});
