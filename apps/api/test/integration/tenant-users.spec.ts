import { DataSource } from 'typeorm';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

/** `tenant_users` as stored, and as the grant tables say it should be: user → number of grants. */
async function holdings({ s, tenantId }: { s: Scenario; tenantId: string }) {
  const db = s.api.app.get(DataSource);
  const postgres = db.options.type === 'postgres';
  const bind = postgres ? '$1' : '?';
  const stored: { userId: string; grants: number | string }[] = await db.query(
    `SELECT user_id AS "userId", grants FROM tenant_users WHERE tenant_id = ${bind} ORDER BY user_id`,
    [tenantId],
  );
  const expected: { userId: string; grants: number | string }[] = await db.query(
    `SELECT principal_id AS "userId", count(*) AS grants FROM (
       SELECT principal_id FROM application_grants WHERE tenant_id = ${bind} AND kind = 'user'
       UNION ALL SELECT principal_id FROM project_grants WHERE tenant_id = ${bind} AND kind = 'user'
     ) AS holders GROUP BY principal_id ORDER BY principal_id`,
    postgres ? [tenantId] : [tenantId, tenantId],
  );
  const plain = (rows: { userId: string; grants: number | string }[]) => rows.map(({ userId, grants }) => ({ userId, grants: Number(grants) }));
  return { stored: plain(stored), expected: plain(expected) };
}

describeOnEachDatabase('the users a tenant holds grants for', (get) => {
  it('R1, R12, R13, R16, R16a: every grant added or removed, by any route, moves the tenant users the state is loaded from', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-tu', name: 'TU group', members: [] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['tu-admin@x.test'] });
    const admin = await s.signIn('tu-admin@x.test');
    const steps: { name: string; run: () => Promise<unknown> }[] = [];
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'TU project' }, { token: admin });
    const projectMembers = `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`;
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'tu key' }, { token: admin });
    const idOf = (email: string) => s.principalIdOf(tenantId, email, admin);
    steps.push(
      { name: 'two consumers', run: () => s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'tu-a@x.test; tu-b@x.test' }, admin) },
      { name: 'the same consumer again', run: () => s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'tu-a@x.test' }, admin) },
      { name: 'a group and a key', run: () => s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: ['grp-tu'] }, admin) },
      { name: 'a key', run: () => s.addMembers(tenantId, 'project-creator', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin) },
      { name: 'two project roles', run: () => s.http.post(projectMembers, { kind: 'user', emails: 'tu-a@x.test', role: 'member' }, { token: admin }) },
      { name: 'a project-only user', run: () => s.http.post(projectMembers, { kind: 'user', emails: 'tu-c@x.test', role: 'manager' }, { token: admin }) },
      { name: 'a project role removed', run: async () => s.http.delete(`${projectMembers}/${await idOf('tu-c@x.test')}?role=manager`, { token: admin }) },
      {
        name: 'a consumer removed with their projects',
        run: async () => s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${await idOf('tu-a@x.test')}`, { token: admin }),
      },
      { name: 'the key deleted', run: () => s.http.delete(`/api/v1/tenants/${tenantId}/api-keys/${key.body.id}`, { token: admin }) },
    );
    for (const step of steps) {
      const answer = (await step.run()) as { status: number };
      expect(answer.status, step.name).toBeLessThan(300);
      const { stored, expected } = await holdings({ s, tenantId });
      expect(stored, step.name).toEqual(expected);
    }
    // The administrator (and owner of the project), the consumer left, and the project-only user, who also became a consumer (R16a).
    const { stored } = await holdings({ s, tenantId });
    const holders = await Promise.all(['tu-admin@x.test', 'tu-b@x.test', 'tu-c@x.test'].map(async (email) => ({ userId: await idOf(email), email })));
    const grantsOf = new Map(stored.map(({ userId, grants }) => [userId, grants]));
    expect(holders.map(({ email, userId }) => [email, grantsOf.get(userId)])).toEqual([
      ['tu-admin@x.test', 2],
      ['tu-b@x.test', 1],
      ['tu-c@x.test', 1],
    ]);
    expect(stored).toHaveLength(3);
  });
});
