import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

interface AuditEvent {
  id: string;
  at: string;
  actor: { kind: string; email?: string };
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

describeOnEachDatabase('Conformance: audit log', (get) => {
  it('R24: removals, moves, key roles and project members are recorded with who, what, when, before and after; paging one by one keeps newest first', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['aud-admin@x.test'] });
    const admin = await s.signIn('aud-admin@x.test');
    const base = `/api/v1/tenants/${tenantId}`;
    await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'aud-user@x.test' }, admin);
    await s.addMembers(tenantId, 'project-creator', { kind: 'user', emails: 'aud-user@x.test' }, admin);
    const key = await s.http.post(`${base}/api-keys`, { description: 'audited' }, { token: admin });
    await s.addMembers(tenantId, 'consumer', { kind: 'apiKey', apiKeyIds: [key.body.id] }, admin);
    const project = await s.http.post(`${base}/projects`, { name: 'Audited' }, { token: admin });
    await s.http.post(`${base}/projects/${project.body.id}/members`, { kind: 'user', emails: 'aud-user@x.test', role: 'member' }, { token: admin });
    const userId = await s.principalIdOf(tenantId, 'aud-user@x.test', admin);
    expect((await s.http.delete(`${base}/projects/${project.body.id}/members/${userId}`, { token: admin })).status).toBe(200);
    expect((await s.http.delete(`${base}/roles/project-creator/members/${userId}`, { token: admin })).status).toBe(200);

    const events: AuditEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: AuditEvent[]; nextCursor: string | null } } = await s.http.get(
        `${base}/audit-events?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      events.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const times = events.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The contract's fields, and the display names issue 17 added beside them.
    for (const event of events) expect(Object.keys(event).sort()).toEqual(['action', 'actor', 'after', 'at', 'before', 'id', 'names', 'target']);

    const byAdmin = events.filter((event) => event.actor.email === 'aud-admin@x.test');
    const about = (target: string) => byAdmin.filter((event) => event.target === target);
    const userEvents = about('user:aud-user@x.test');
    // Newest first: removal from the tenant, removal from the project, added to the project, moved, invited.
    expect(userEvents.map((event) => [event.before, event.after])).toEqual([
      [expect.objectContaining({ roles: ['project-creator'] }), expect.objectContaining({ roles: [] })],
      [expect.objectContaining({ projectId: project.body.id, roles: ['member'] }), expect.objectContaining({ roles: [] })],
      [expect.objectContaining({ projectId: project.body.id, roles: [] }), expect.objectContaining({ roles: ['member'] })],
      [expect.objectContaining({ roles: ['consumer'] }), expect.objectContaining({ roles: ['project-creator'] })],
      [expect.objectContaining({ roles: [] }), expect.objectContaining({ roles: ['consumer'] })],
    ]);
    const keyEvents = about(`apiKey:${key.body.id}`);
    expect(keyEvents.map((event) => event.after)).toEqual([
      expect.objectContaining({ roles: ['consumer'] }),
      expect.objectContaining({ description: 'audited' }),
    ]);
    expect(JSON.stringify(events)).not.toContain(key.body.secret);
  });

  it('R24: a refused change leaves no audit event', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['aud-ref@x.test'] });
    const admin = await s.signIn('aud-ref@x.test');
    const before = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events`, { token: admin });
    const adminId = (await s.me(tenantId, admin)).principal.id as string;
    expect((await s.http.delete(`/api/v1/tenants/${tenantId}/roles/administrator/members/${adminId}`, { token: admin })).body.code).toBe('CANNOT_REMOVE_SELF');
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'user', emails: 'ok@x.test; bad' }, admin)).body.code).toBe('VALIDATION');
    const after = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events`, { token: admin });
    expect(after.body.items).toEqual(before.body.items);
  });
});
