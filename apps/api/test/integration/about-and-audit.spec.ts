import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

describeOnEachDatabase('About view and audit log', (get) => {
  it('R23: every member sees their own roles, permissions and why they hold each', async () => {
    const s = get();
    const orgId = await s.organization({ directory: { groups: [{ id: 'grp-r23', name: 'Creators', members: ['r23-user@x.test'] }] } });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['r23-admin@x.test'] });
    const admin = await s.signIn('r23-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'group', groupIds: ['grp-r23'] }, admin);
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'About' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r23-user@x.test' }, admin);
    await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${project.body.id}/members`,
      { kind: 'user', emails: 'r23-user@x.test', role: 'owner' },
      { token: admin },
    );
    const user = await s.signIn('r23-user@x.test');
    const me = await s.me(tenantId, user);
    const sources = (permission: string) =>
      me.permissions
        .find((p: { permission: string }) => p.permission === permission)
        ?.reasons.map((r: { source: { kind: string; group: unknown } }) => r.source);
    expect(sources('jobs.view')).toEqual(
      expect.arrayContaining([
        { kind: 'application-role', role: 'consumer', group: null },
        { kind: 'application-role', role: 'project-creator', group: { id: 'grp-r23', name: 'Creators' } },
      ]),
    );
    const onProject = me.projects.find((p: { projectId: string }) => p.projectId === project.body.id);
    expect(onProject.permissions.map((p: { permission: string }) => p.permission)).toContain('project.members.manage');
    expect(onProject.permissions[0].reasons[0].text).toContain('project role');
    const stranger = await s.signIn('r23-stranger@x.test');
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: stranger })).status).toBe(404);
  });

  it("R23: the About view names a project role's project, and a Limited Member's project and rules, by name; check's reason keeps the ids", async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['r23n-admin@x.test'] });
    const admin = await s.signIn('r23n-admin@x.test');
    const sales = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Sales' }, { token: admin })).body.id as string;
    const returns = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Returns' }, { token: admin })).body.id as string;
    await s.http.post(`/api/v1/tenants/${tenantId}/projects/${sales}/members`, { kind: 'user', emails: 'r23n-user@x.test', role: 'owner' }, { token: admin });
    const rule = await s.http.post(
      `/api/v1/tenants/${tenantId}/projects/${returns}/communication-rules`,
      { name: 'Daily returns', recipients: ['r23n-user@x.test'] },
      { token: admin },
    );
    const record = await s.http.post(`/api/v1/tenants/${tenantId}/projects/${returns}/records`, { assigneeEmail: 'r23n-user@x.test' }, { token: admin });
    const user = await s.signIn('r23n-user@x.test');
    const me = await s.me(tenantId, user);
    const texts = (projectId: string): string[] =>
      me.projects
        .find((p: { projectId: string }) => p.projectId === projectId)
        .permissions.flatMap((p: { reasons: { text: string }[] }) => p.reasons.map((r) => r.text));
    expect(texts(sales)).toContain('project role Owner on project "Sales"');
    expect(texts(returns)).toContain(
      'Limited Member of project "Returns" (only the result assigned to them and the results of the rule "Daily returns" that emails them)',
    );
    const roleTexts: string[] = me.roles.flatMap((r: { scopes: { text: string }[] }) => r.scopes.map((scope) => scope.text));
    expect([...texts(sales), ...texts(returns), ...roleTexts].join('\n')).not.toContain(sales);
    expect(roleTexts.join('\n')).not.toMatch(new RegExp(`${returns}|${record.body.id}|${rule.body.id}`));
    // API clients read check's reason by id, as before.
    const checked = await s.check(tenantId, { permission: 'project.members.manage', projectId: sales }, user);
    expect(checked.body).toMatchObject({ allowed: true, reason: `project role Owner on project ${sales}` });
  });

  it("R21, R23: a BI Developer's About view names their department, where the permission holds and why", async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: ['r23d-ga@x.test'] });
    const ga = await s.signIn('r23d-ga@x.test');
    const sales = (await s.http.post(`/api/v1/tenants/${tenantId}/departments`, { name: 'Sales' }, { token: ga })).body.id as string;
    await s.http.post(`/api/v1/tenants/${tenantId}/legacy/users`, { email: 'r23d-dev@x.test', role: 'bi-developer' }, { token: ga });
    await s.http.put(`/api/v1/tenants/${tenantId}/departments/${sales}/members`, { emails: ['r23d-dev@x.test'] }, { token: ga });
    const me = await s.me(tenantId, await s.signIn('r23d-dev@x.test'));
    const department = me.projects.find((p: { projectId: string }) => p.projectId === sales);
    expect(department.projectName).toBe('Sales');
    expect(department.permissions[0].reasons[0].text).toBe('legacy role BI Developer in department "Sales" (department "Sales" only)');
  });

  it('R24: every change to roles, members, keys and invitations is in the audit log, newest first, with cursor paging', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['r24-admin@x.test'] });
    const admin = await s.signIn('r24-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'r24-user@x.test' }, admin);
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'audited' }, { token: admin });
    await s.http.delete(`/api/v1/tenants/${tenantId}/api-keys/${key.body.id}`, { token: admin });
    await s.signIn('r24-user@x.test');
    const first = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=2`, { token: admin });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=50&cursor=${first.body.nextCursor}`, { token: admin });
    const events = [...first.body.items, ...rest.body.items];
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'invitation.accepted',
      'api-key.deleted',
      'api-key.created',
      'application-role.member.invited',
      'invitation.accepted',
      'tenant.administrator.added',
    ]);
    const added = events.find((e: { action: string }) => e.action === 'application-role.member.invited');
    expect(added).toMatchObject({
      actor: { kind: 'user', email: 'r24-admin@x.test' },
      target: 'user:r24-user@x.test',
      before: { roles: [] },
      after: { roles: ['consumer'] },
    });
    expect(Date.parse(added.at)).not.toBeNaN();
    const consumer = await s.signIn('r24-user@x.test');
    const refused = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events`, { token: consumer });
    // The refusal says in words what is missing, and names the permission's id for programs.
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'You are not allowed to do this: it needs the permission “Manage tenant users and settings”.',
      missingPermissions: ['tenant.manage'],
    });
  });

  it('R4, R24: a first sign-in records an accepted invitation only where the user was invited, not where a group of theirs holds a role', async () => {
    const s = get();
    const org = await s.organization({
      directory: { users: [{ email: 'grouped@x.test', name: 'Grouped' }], groups: [{ id: 'grp-analysts', name: 'Analysts', members: ['grouped@x.test'] }] },
    });
    const viaGroup = await s.tenant({ product: 'integrate', orgId: org, administrators: ['group-admin@x.test'] });
    const invitedTo = await s.tenant({ product: 'integrate', orgId: org, administrators: ['group-admin@x.test'] });
    const admin = await s.signIn('group-admin@x.test');
    expect((await s.addMembers(viaGroup, 'consumer', { kind: 'group', groupIds: ['grp-analysts'] }, admin)).status).toBe(201);
    expect((await s.addMembers(invitedTo, 'consumer', { kind: 'user', emails: 'grouped@x.test' }, admin)).status).toBe(201);
    await s.signIn('grouped@x.test');
    const accepted = async (tenantId: string) =>
      (await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=50`, { token: admin })).body.items.filter(
        (event: { action: string; target: string }) => event.action === 'invitation.accepted' && event.target === 'user:grouped@x.test',
      ).length;
    expect(await accepted(invitedTo)).toBe(1);
    expect(await accepted(viaGroup)).toBe(0);
  });

  it('Contract: a cursor no list handed out is VALIDATION, on the audit log and on member lists alike', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['cursor-admin@x.test'] });
    const admin = await s.signIn('cursor-admin@x.test');
    // A key with NUL or a lone surrogate is no key a list hands out: such text is refused as input everywhere.
    const forged = [[], ['x'], [null], [-1], [1.5], ['a', 'b', 'c'], ['\u0000', '\u0000'], ['a\ud800', 'b'], { seq: 1 }, 'text'].map((key) =>
      Buffer.from(JSON.stringify(key) ?? '').toString('base64url'),
    );
    for (const cursor of [...forged, 'not base64 json', Buffer.from('[1e400]').toString('base64url')]) {
      for (const path of [
        `/api/v1/tenants/${tenantId}/audit-events`,
        `/api/v1/tenants/${tenantId}/roles/consumer/members`,
        `/api/v1/tenants/${tenantId}/users`,
      ]) {
        const answer = await s.http.get(`${path}?cursor=${encodeURIComponent(cursor)}`, { token: admin });
        expect({ path, cursor, status: answer.status, code: answer.body.code }).toEqual({ path, cursor, status: 400, code: 'VALIDATION' });
      }
    }
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'cursor-user@x.test' }, admin);
    const handedOut: string = (await s.http.get(`/api/v1/tenants/${tenantId}/users?limit=1`, { token: admin })).body.nextCursor;
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/users?limit=1&cursor=${handedOut}`, { token: admin })).status).toBe(200);
    for (const cursor of [`\u0000${handedOut}`, `${handedOut.slice(0, 4)}\u0000\u0000${handedOut.slice(4)}`, `${handedOut}=`, ` ${handedOut}`]) {
      const answer = await s.http.get(`/api/v1/tenants/${tenantId}/users?limit=1&cursor=${encodeURIComponent(cursor)}`, { token: admin });
      expect({ cursor, status: answer.status, code: answer.body.code }).toEqual({ cursor, status: 400, code: 'VALIDATION' });
    }
  });
});
