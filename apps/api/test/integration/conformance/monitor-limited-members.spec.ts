import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

describeOnEachDatabase('Conformance: Monitor Limited Members in the users list', (get) => {
  it('R17: a project member removed while a record is still assigned to them stays as a Limited Member, and the users list shows it', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['lmu-admin@x.test'] });
    const admin = await s.signIn('lmu-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Results' }, { token: admin })).body.id as string;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    await s.http.post(`${base}/members`, { kind: 'user', emails: 'lmu-user@x.test', role: 'member' }, { token: admin });
    const record = await s.http.post(`${base}/records`, { assigneeEmail: 'lmu-user@x.test' }, { token: admin });
    expect(record.status).toBe(201);
    const projectRolesOf = async () =>
      (await s.http.get(`/api/v1/tenants/${tenantId}/users?email=lmu-user@x.test`, { token: admin })).body.items[0].projectRoles;
    expect(await projectRolesOf()).toEqual([{ projectId: project, role: 'member', via: null }]);

    const userId = await s.principalIdOf(tenantId, 'lmu-user@x.test', admin);
    expect((await s.http.delete(`${base}/members/${userId}`, { token: admin })).status).toBe(200);
    expect(await projectRolesOf()).toEqual([{ projectId: project, role: 'limited-member', via: null }]);
    const user = await s.signIn('lmu-user@x.test');
    expect((await s.check(tenantId, { permission: 'project.rules.run', projectId: project }, user)).body.allowed).toBe(false);
    expect((await s.check(tenantId, { permission: 'project.results.view-edit', recordId: record.body.id }, user)).body.allowed).toBe(true);

    await s.http.put(`${base}/records/${record.body.id}/assignee`, { email: null }, { token: admin });
    expect(await projectRolesOf()).toEqual([]);
  });
});
