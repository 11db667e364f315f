import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';

// PostgreSQL cannot store NUL; schemas refuse it so both databases answer the same clear error.
describeOnEachDatabase('NUL characters in strings', (get) => {
  it('a name, an id list or a free string holding NUL is VALIDATION and creates nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'integrate', administrators: ['nul-admin@x.test'] });
    const admin = await s.signIn('nul-admin@x.test');
    const project = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'a\u0000b' }, { token: admin });
    expect(project.status).toBe(400);
    expect(project.body.code).toBe('VALIDATION');
    const groups = await s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: ['\u0000'] }, admin);
    expect(groups.status).toBe(400);
    expect(groups.body.code).toBe('VALIDATION');
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'key\u0000' }, { token: admin });
    expect(key.status).toBe(400);
    const projects = await s.http.get(`/api/v1/tenants/${tenantId}/projects`, { token: admin });
    expect(projects.body.items ?? projects.body).toEqual([]);
    const keys = await s.http.get(`/api/v1/tenants/${tenantId}/api-keys`, { token: admin });
    expect(keys.body.items ?? keys.body).toEqual([]);
  });
});
