import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';
import type { Scenario } from './harness/scenario.js';

interface Listed {
  items: { email?: string; description?: string; roles?: string[]; status?: string }[];
  nextCursor: string | null;
  total: number;
}

/** Every page of a list from the first, following `nextCursor` until the list says there is none. */
async function allPages({ s, path, token }: { s: Scenario; path: string; token: string }): Promise<Listed['items'][]> {
  const pages: Listed['items'][] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await s.http.get(cursor ? `${path}${separator}cursor=${cursor}` : path, { token });
    expect(response.status).toBe(200);
    const body = response.body as Listed;
    pages.push(body.items);
    cursor = body.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describeOnEachDatabase('Manage Users and the key list: whole by default, searched and paged when asked', (get) => {
  it('R21: Manage Users searches, filters by legacy role and status, sorts and pages on the server, with the total', async () => {
    const s = get();
    const admin = `wl-ga-${s.api.database.name}@x.test`;
    const tenantId = await s.tenant({ product: 'integrate', roleModel: 'legacy', administrators: [admin] });
    const token = await s.signIn(admin);
    const users = `/api/v1/tenants/${tenantId}/legacy/users`;
    const biUsers = Array.from({ length: 7 }, (_, index) => `wl-user-${index}@x.test`);
    const managers = ['wl-mgr-a@x.test', 'wl-mgr-b@x.test', 'wl-mgr-c@x.test'];
    expect((await s.addMembers(tenantId, 'bi-user', { kind: 'user', emails: biUsers.join('; ') }, token)).status).toBe(201);
    expect((await s.addMembers(tenantId, 'bi-manager', { kind: 'user', emails: managers.join('; ') }, token)).status).toBe(201);

    // Without `limit` the list is whole, as every client of it has read it so far.
    const whole = (await s.http.get(users, { token })).body as Listed;
    expect(whole.items).toHaveLength(11);
    expect(whole).toMatchObject({ nextCursor: null, total: 11 });

    const pages = await allPages({ s, path: `${users}?role=bi-user&limit=3`, token });
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat().map((user) => user.email)).toEqual([...biUsers].sort());
    expect(pages.flat().every((user) => user.roles?.join() === 'bi-user')).toBe(true);
    expect((await s.http.get(`${users}?role=bi-user&limit=3`, { token })).body.total).toBe(7);

    const searched = (await s.http.get(`${users}?q=WL-MGR&limit=50`, { token })).body as Listed;
    expect(searched.items.map((user) => user.email)).toEqual(managers);
    expect(searched.total).toBe(3);
    // Only the administrator has signed in; everyone invited is a User Invitation (R3).
    const signedIn = (await s.http.get(`${users}?status=User`, { token })).body as Listed;
    expect(signedIn.items.map((user) => user.email)).toEqual([admin]);
    const byEmail = await allPages({ s, path: `${users}?sort=email&limit=4&status=User%20Invitation`, token });
    expect(byEmail.flat().map((user) => user.email)).toEqual([...managers, ...biUsers].sort());

    for (const bad of ['role=administrator', 'limit=0', 'limit=201', 'cursor=not-a-cursor', 'sort=role']) {
      const refused = await s.http.get(`${users}?${bad}`, { token });
      expect([bad, refused.status, refused.body.code]).toEqual([bad, 400, 'VALIDATION']);
    }
  });

  it('R20: the key list is whole by default; with `limit` it pages by description, and `q` searches descriptions', async () => {
    const s = get();
    const admin = `wl-admin-${s.api.database.name}@x.test`;
    const tenantId = await s.tenant({ product: 'assist', administrators: [admin] });
    const token = await s.signIn(admin);
    const keys = `/api/v1/tenants/${tenantId}/api-keys`;
    for (const description of ['gamma ci', 'Beta', 'epsilon', 'alpha', 'delta CI']) {
      expect((await s.http.post(keys, { description }, { token })).status).toBe(201);
    }

    const whole = (await s.http.get(keys, { token })).body as Listed;
    expect(whole).toMatchObject({ nextCursor: null, total: 5 });
    expect(whole.items).toHaveLength(5);

    const pages = await allPages({ s, path: `${keys}?limit=2`, token });
    expect(pages.map((page) => page.map((key) => key.description))).toEqual([['alpha', 'Beta'], ['delta CI', 'epsilon'], ['gamma ci']]);
    const searched = (await s.http.get(`${keys}?q=Ci&limit=10`, { token })).body as Listed;
    expect(searched.items.map((key) => key.description)).toEqual(['delta CI', 'gamma ci']);
    expect(searched.total).toBe(2);

    const refused = await s.http.get(`${keys}?limit=-1`, { token });
    expect([refused.status, refused.body.code]).toEqual([400, 'VALIDATION']);
  });
});
