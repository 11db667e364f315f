import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

/**
 * What a user observes of issue 16's rules: `check`, `/me` and the routes agree (Contract "Scoped
 * permissions"), roles given automatically are held to R9, a rule's recipients see the rule's
 * records only, and every effect is an audit event (R24).
 */
describeOnEachDatabase('check, /me and the routes agree', (get) => {
  it('R16: while Monitor keeps creation to administrators, check, /me and the project route all refuse a project creator', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['agree-admin@x.test'] });
    const admin = await s.signIn('agree-admin@x.test');
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'agree-creator@x.test' }, admin);
    const creator = await s.signIn('agree-creator@x.test');
    expect((await s.check(tenantId, { permission: 'projects.create' }, creator)).body.allowed).toBe(true);
    expect((await s.http.patch(`/api/v1/tenants/${tenantId}/settings`, { projectCreation: 'administrators' }, { token: admin })).status).toBe(200);

    const checked = await s.check(tenantId, { permission: 'projects.create' }, creator);
    expect(checked.body).toMatchObject({ allowed: false, reason: expect.stringContaining('keeps to administrators') });
    const me = await s.me(tenantId, creator);
    expect(me.permissions.map((held: { permission: string }) => held.permission)).not.toContain('projects.create');
    const created = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Refused' }, { token: creator });
    expect({ status: created.status, code: created.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await s.check(tenantId, { permission: 'projects.create' }, admin)).body.allowed).toBe(true);
  });

  it("Contract: check about another tenant's project or record, or one that does not exist, is NOT_FOUND", async () => {
    const s = get();
    const mine = await s.tenant({ product: 'monitor', administrators: ['nf-admin@x.test'] });
    const theirs = await s.tenant({ product: 'monitor', administrators: ['nf-other@x.test'] });
    const admin = await s.signIn('nf-admin@x.test');
    const other = await s.signIn('nf-other@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${theirs}/projects`, { name: 'Theirs' }, { token: other })).body.id;
    const record = (await s.http.post(`/api/v1/tenants/${theirs}/projects/${project}/records`, {}, { token: other })).body.id;
    for (const body of [{ projectId: project }, { recordId: record }, { projectId: 'no-such-project' }]) {
      const answer = await s.check(mine, { permission: 'results.view-edit', ...body }, admin);
      expect({ body, status: answer.status, code: answer.body.code }).toEqual({ body, status: 404, code: 'NOT_FOUND' });
    }
    const batch = await s.http.post(
      `/api/v1/tenants/${mine}/check/batch`,
      { checks: [{ permission: 'results.view-edit', projectId: project }] },
      { token: admin },
    );
    expect({ status: batch.status, code: batch.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('R19: a new Assist consumer sees their role in /me and holds projects.view within its scope', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['scope-admin@x.test'] });
    const admin = await s.signIn('scope-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Not theirs' }, { token: admin })).body.id;
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'scope-consumer@x.test' }, admin);
    const consumer = await s.signIn('scope-consumer@x.test');
    const me = await s.me(tenantId, consumer);
    expect(me.roles.map((role: { source: unknown }) => role.source)).toEqual([{ kind: 'application-role', role: 'consumer', group: null }]);
    expect(me.permissions).toEqual([
      expect.objectContaining({
        permission: 'projects.view',
        reasons: [expect.objectContaining({ scope: { kind: 'consumer-scope', scope: 'assigned-projects' } })],
      }),
    ]);
    const anywhere = await s.check(tenantId, { permission: 'projects.view' }, consumer);
    expect(anywhere.body).toMatchObject({ allowed: true, reason: expect.stringContaining('Consumer') });
    expect((await s.check(tenantId, { permission: 'projects.view', projectId: project }, consumer)).body.allowed).toBe(false);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: consumer })).body.items).toEqual([]);
  });

  it('R19: Monitor consumers and consumer keys hold results.view-edit within their scope', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['mscope-admin@x.test'] });
    const admin = await s.signIn('mscope-admin@x.test');
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'mscope-consumer@x.test' }, admin);
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'consumer key' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Results' }, { token: admin })).body.id;
    const record = (await s.http.post(`/api/v1/tenants/${tenantId}/projects/${project}/records`, {}, { token: admin })).body.id;
    for (const token of [await s.signIn('mscope-consumer@x.test'), key.body.secret as string]) {
      expect((await s.check(tenantId, { permission: 'results.view-edit' }, token)).body.allowed).toBe(true);
      expect((await s.check(tenantId, { permission: 'results.view-edit', recordId: record }, token)).body.allowed).toBe(false);
      const me = await s.me(tenantId, token);
      expect(me.permissions.map((held: { permission: string }) => held.permission)).toEqual(['results.view-edit']);
    }
  });

  it('R9: an Integrate owner through a group, or a key that is only an owner, cannot bring a newcomer in as a tenant consumer', async () => {
    const s = get();
    const orgId = await s.organization({
      directory: { users: [{ email: 'esc-owner@x.test', name: 'Owner' }], groups: [{ id: 'esc-owners', name: 'Owners', members: ['esc-owner@x.test'] }] },
    });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: ['esc-admin@x.test'] });
    const admin = await s.signIn('esc-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Jobs' }, { token: admin })).body.id;
    const members = `/api/v1/tenants/${tenantId}/projects/${project}/members`;
    expect((await s.http.post(members, { kind: 'group', groupIds: ['esc-owners'], role: 'owner' }, { token: admin })).status).toBe(201);
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'owner key' }, { token: admin });
    expect((await s.http.post(members, { kind: 'apiKey', apiKeyIds: [key.body.id], role: 'owner' }, { token: admin })).status).toBe(201);
    const owner = await s.signIn('esc-owner@x.test');
    for (const token of [owner, key.body.secret as string]) {
      const added = await s.http.post(members, { kind: 'user', emails: 'esc-newcomer@x.test', role: 'member' }, { token });
      expect({ status: added.status, code: added.body.code, missing: added.body.missingPermissions }).toEqual({
        status: 403,
        code: 'ESCALATION',
        missing: ['jobs.view', 'agents.status.view'],
      });
    }
    const consumers = await s.http.get(`/api/v1/tenants/${tenantId}/roles/consumer/members`, { token: admin });
    expect(consumers.body.items).toEqual([]);
  });

  it('R9: a Monitor contributor through a group cannot bring a new address into the tenant through a communication rule', async () => {
    const s = get();
    const orgId = await s.organization({
      directory: { users: [{ email: 'mesc-con@x.test', name: 'Con' }], groups: [{ id: 'mesc-team', name: 'Team', members: ['mesc-con@x.test'] }] },
    });
    const tenantId = await s.tenant({ product: 'monitor', orgId, administrators: ['mesc-admin@x.test'] });
    const admin = await s.signIn('mesc-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Rules' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    expect((await s.http.post(`${base}/members`, { kind: 'group', groupIds: ['mesc-team'], role: 'contributor' }, { token: admin })).status).toBe(201);
    const contributor = await s.signIn('mesc-con@x.test');
    const rule = await s.http.post(`${base}/communication-rules`, { name: 'Leak', recipients: ['mesc-outsider@x.test'] }, { token: contributor });
    expect({ status: rule.status, code: rule.body.code }).toEqual({ status: 403, code: 'ESCALATION' });
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/users?email=mesc-outsider`, { token: admin })).body.items).toEqual([]);
    // Writing rules stays theirs: a rule for someone already in the tenant is accepted.
    expect((await s.http.post(`${base}/communication-rules`, { name: 'Team', recipients: ['mesc-admin@x.test'] }, { token: contributor })).status).toBe(201);
  });

  it("R17, R19: a rule's recipient sees the records of that rule and those assigned to them, no other record of the project", async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'monitor', administrators: ['rr-admin@x.test'] });
    const admin = await s.signIn('rr-admin@x.test');
    const project = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Linked' }, { token: admin })).body.id;
    const base = `/api/v1/tenants/${tenantId}/projects/${project}`;
    const rule = (await s.http.post(`${base}/communication-rules`, { name: 'Daily', recipients: ['rr-lm@x.test'] }, { token: admin })).body.id;
    const ruled = await s.http.post(`${base}/records`, { ruleId: rule }, { token: admin });
    expect(ruled.body).toMatchObject({ ruleId: rule });
    const assigned = (await s.http.post(`${base}/records`, { assigneeEmail: 'rr-lm@x.test' }, { token: admin })).body.id;
    const other = (await s.http.post(`${base}/records`, {}, { token: admin })).body.id;
    const otherProject = (await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Other' }, { token: admin })).body.id;
    const foreignRule = await s.http.post(`/api/v1/tenants/${tenantId}/projects/${otherProject}/records`, { ruleId: rule }, { token: admin });
    expect({ status: foreignRule.status, code: foreignRule.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });

    const lm = await s.signIn('rr-lm@x.test');
    const sees = async (recordId: string) => (await s.check(tenantId, { permission: 'project.results.view-edit', recordId }, lm)).body.allowed;
    expect({ ruled: await sees(ruled.body.id), assigned: await sees(assigned), other: await sees(other) }).toEqual({
      ruled: true,
      assigned: true,
      other: false,
    });
    const listed = await s.http.get(`${base}/records`, { token: lm });
    expect(listed.body.items.map((record: { id: string }) => record.id).sort()).toEqual([ruled.body.id, assigned].sort());
  });

  it('R24, R13: a key removed from its last application role leaves a deletion event of its own', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['kaudit-admin@x.test'] });
    const admin = await s.signIn('kaudit-admin@x.test');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'cascade' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/roles/consumer/members/${key.body.id}`, { token: admin })).status).toBe(200);
    const events = (await s.http.get(`/api/v1/tenants/${tenantId}/audit-events?limit=2`, { token: admin })).body.items;
    expect(events.map((event: { action: string; target: string }) => [event.action, event.target]).sort()).toEqual([
      ['api-key.deleted', `apiKey:${key.body.id}`],
      ['application-role.member.removed', `apiKey:${key.body.id}`],
    ]);
    expect(events.find((event: { action: string }) => event.action === 'api-key.deleted')).toMatchObject({
      before: { description: 'cascade', roles: ['consumer'] },
      after: null,
    });
  });

  it('R4, R24: two simultaneous first sign-ins of an invited user record the invitation accepted once (100 trials)', async () => {
    const s = get();
    const trials = s.api.database.name === 'postgres' ? 100 : 10;
    const tenantId = await s.tenant({ product: 'assist', administrators: ['race-admin@x.test'] });
    const admin = await s.signIn('race-admin@x.test');
    const emails = Array.from({ length: trials }, (_, n) => `race-invitee-${n}@x.test`);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: emails.join(';') }, admin)).status).toBe(201);
    for (const email of emails) {
      const both = await Promise.all([0, 1].map(() => s.http.post('/api/v1/auth/dev-login', { email })));
      expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    }
    const accepted: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { action: string; target: string }[]; nextCursor: string | null } } = await s.http.get(
        `/api/v1/tenants/${tenantId}/audit-events?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      accepted.push(...page.body.items.filter((event) => event.action === 'invitation.accepted').map((event) => event.target));
      cursor = page.body.nextCursor;
    } while (cursor);
    const invitees = accepted.filter((target) => target.startsWith('user:race-invitee-'));
    expect(invitees.length).toBe(trials);
    expect(new Set(invitees).size).toBe(trials);
  });
});
