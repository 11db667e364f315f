import { expect, it } from 'vitest';
import { TenantContextService } from '../../../src/modules/tenants/tenant-context.service.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { scimGroupOutputSchema, scimListOutputSchema, scimUserOutputSchema } from '../../../src/modules/scim/schemas/scim.schema.js';
import { entraUser, expectScimError, GROUP_SCHEMA, ScimClient, USER_SCHEMA } from './scim-client.js';

const ADMIN = 'admin@x.test';
const ADA = 'ada@x.test';
const PERMISSION = 'jobs.run';

describeOnEachDatabase('SCIM 2.0 provisioning (SPEC §4 Production: directory provisioning)', (get) => {
  async function world() {
    const s = get();
    const orgId = await s.organization({ lookup: true });
    const tenantId = await s.tenant({ product: 'integrate', orgId, administrators: [ADMIN] });
    const scim = await ScimClient.forOrganization({ s, orgId });
    const admin = await s.signIn(ADMIN);
    const can = async (email: string) => {
      const answer = await s.check(tenantId, { email, permission: PERMISSION }, admin);
      expect(answer.status).toBe(200);
      return answer.body.allowed as boolean;
    };
    const lookup = async (q: string) =>
      (await s.http.get(`/api/v1/tenants/${tenantId}/directory/users?q=${q}`, { token: admin })).body.items.map((user: { email: string }) => user.email);
    const devLogin = (email: string) => s.http.post('/api/v1/auth/dev-login', { email });
    return { s, orgId, tenantId, scim, admin, can, lookup, devLogin };
  }

  it("R7/Production: Entra's request sequence — find, create, patch, group membership, deactivate, reactivate, delete — acts on check, /me, lookup and sign-in at once", async () => {
    const { s, tenantId, scim, admin, can, lookup, devLogin } = await world();

    // Entra first asks whether the user exists: an empty ListResponse.
    const none = await scim.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${ADA}"`)}`);
    expect(none.status).toBe(200);
    expect(none.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(none.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [] });

    const created = await scim.request('POST', '/Users', entraUser({ userName: 'Ada@X.test', externalId: 'entra-ada' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const adaId = created.body.id as string;
    expect(created.body).toMatchObject({
      userName: 'Ada@X.test',
      active: true,
      externalId: 'entra-ada',
      name: { givenName: 'Ada' },
      meta: { resourceType: 'User' },
    });
    expect((await scim.request('POST', '/Users', entraUser({ userName: ADA, externalId: 'again' }))).status).toBe(409);

    expect((await scim.request('GET', `/Users/${adaId}`)).body).toMatchObject({ id: adaId, userName: 'Ada@X.test' });
    // Answers keep to their declared schemas.
    scimUserOutputSchema.parse(created.body);
    scimUserOutputSchema.parse((await scim.request('GET', `/Users/${adaId}`)).body);
    scimListOutputSchema.parse(none.body);
    const byExternalId = await scim.request('GET', `/Users?filter=${encodeURIComponent('externalId eq "entra-ada"')}`);
    expect(byExternalId.body.Resources.map((user: { id: string }) => user.id)).toEqual([adaId]);
    expect((await scim.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${ADA.toUpperCase()}"`)}`)).body.totalResults).toBe(1);

    // Entra's attribute PATCH: capitalised ops, filtered and dotted paths, the enterprise extension.
    const patched = await scim.request(
      'PATCH',
      `/Users/${adaId}`,
      scim.patchOf(
        { op: 'Replace', path: 'displayName', value: 'Ada King' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada.king@x.test' },
        { op: 'Replace', path: 'name.familyName', value: 'King' },
        { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Analytics' },
        { op: 'Add', path: 'emails[type eq "other"].value', value: 'ada@home.test' },
      ),
    );
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      displayName: 'Ada King',
      name: { familyName: 'King', givenName: 'Ada' },
      emails: [
        { type: 'work', value: 'ada.king@x.test' },
        { type: 'other', value: 'ada@home.test' },
      ],
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Analytics', employeeNumber: '42' },
    });
    expect(await lookup('king')).toEqual([ADA]);

    // Groups: find by displayName (none), create, give the group a role.
    expect((await scim.request('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Analysts"')}`)).body.totalResults).toBe(0);
    const group = await scim.request('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Analysts', externalId: 'entra-analysts', members: [] });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    const groupId = group.body.id as string;
    scimGroupOutputSchema.parse(group.body);
    expect((await s.addMembers(tenantId, 'administrator', { kind: 'group', groupIds: [groupId] }, admin)).status).toBe(201);
    expect(await can(ADA)).toBe(false);

    // R7: membership added by value holds as soon as the PATCH answered; removed by a member filter, it is gone.
    const added = await scim.request('PATCH', `/Groups/${groupId}`, scim.patchOf({ op: 'Add', path: 'members', value: [{ value: adaId }] }));
    expect(added.status, JSON.stringify(added.body)).toBe(204);
    expect(await can(ADA)).toBe(true);
    expect((await scim.request('GET', `/Groups/${groupId}`)).body.members).toEqual([{ value: adaId, display: 'Ada King' }]);
    expect((await scim.request('GET', `/Groups/${groupId}?excludedAttributes=members`)).body.members).toBeUndefined();
    const ada = await s.signIn(ADA);
    expect((await s.me(tenantId, ada)).roles ?? (await s.me(tenantId, ada))).toBeDefined();

    expect((await scim.request('PATCH', `/Groups/${groupId}`, scim.patchOf({ op: 'Remove', path: `members[value eq "${adaId}"]` }))).status).toBe(204);
    expect(await can(ADA)).toBe(false);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: ada })).status).toBe(404);
    expect((await scim.request('PATCH', `/Groups/${groupId}`, scim.patchOf({ op: 'add', value: { members: [{ value: adaId }] } }))).status).toBe(204);
    expect(await can(ADA)).toBe(true);

    // Deactivated (Entra sends the string "False", without a path): denied everything, her session included; grants kept.
    const deactivated = await scim.request('PATCH', `/Users/${adaId}`, scim.patchOf({ op: 'Replace', value: { active: 'False' } }));
    expect(deactivated.status, JSON.stringify(deactivated.body)).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect(await can(ADA)).toBe(false);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: ada })).status).toBe(404);
    expect((await s.http.post(`/api/v1/tenants/${tenantId}/check`, { permission: PERMISSION }, { token: ada })).status).toBe(404);
    const refused = await devLogin(ADA);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/deactivated/);
    expect(refused.body.token).toBeUndefined();
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(await lookup('king')).toEqual([]);
    const audit = await s.http.get(`/api/v1/tenants/${tenantId}/audit-events`, { token: admin });
    expect(audit.body.items.map((event: { action: string }) => event.action)).toContain('directory.user.deactivated');

    // Reactivated: every grant she held holds again.
    expect((await scim.request('PATCH', `/Users/${adaId}`, scim.patchOf({ op: 'replace', path: 'active', value: true }))).body.active).toBe(true);
    expect(await can(ADA)).toBe(true);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/me`, { token: ada })).status).toBe(200);
    expect((await devLogin(ADA)).status).toBe(200);

    // Deleted: a tombstone — gone from SCIM, denied everything; a later POST revives her with her grants under a new id.
    expect((await scim.request('DELETE', `/Users/${adaId}`)).status).toBe(204);
    expectScimError(await scim.request('GET', `/Users/${adaId}`), 404);
    expect((await scim.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${ADA}"`)}`)).body.totalResults).toBe(0);
    expect(await can(ADA)).toBe(false);
    expect((await devLogin(ADA)).status).toBe(403);
    const revived = await scim.request('POST', '/Users', entraUser({ userName: ADA, externalId: 'entra-ada' }));
    expect(revived.status).toBe(201);
    expect(revived.body.id).not.toBe(adaId);
    expect(await can(ADA)).toBe(true);

    expect((await scim.request('DELETE', `/Groups/${groupId}`)).status).toBe(204);
    expect(await can(ADA)).toBe(false);
    expectScimError(await scim.request('GET', `/Groups/${groupId}`), 404);
  });

  it('R5/Production: userType "Guest" marks a guest of the organization: a guest administrator may not search the directory', async () => {
    const { s, tenantId, scim, admin } = await world();
    const created = await scim.request('POST', '/Users', entraUser({ userName: 'gale@partner.test', externalId: 'entra-gale', userType: 'Guest' }));
    expect(created.status).toBe(201);
    expect((await s.addMembers(tenantId, 'administrator', { kind: 'user', emails: 'gale@partner.test' }, admin)).status).toBe(201);
    const gale = await s.signIn('gale@partner.test');
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/directory/users?q=a`, { token: gale })).body.code).toBe('LOOKUP_DISABLED');
    expect((await scim.request('PATCH', `/Users/${created.body.id}`, scim.patchOf({ op: 'Replace', path: 'userType', value: 'Member' }))).status).toBe(200);
    expect((await s.http.get(`/api/v1/tenants/${tenantId}/directory/users?q=a`, { token: gale })).status).toBe(200);
  });

  it('Production: discovery answers ServiceProviderConfig, ResourceTypes and Schemas; lists page with startIndex and count', async () => {
    const { scim } = await world();
    expect((await scim.request('GET', '/ServiceProviderConfig')).body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      bulk: { supported: false },
    });
    expect((await scim.request('GET', '/ResourceTypes')).body.Resources.map((type: { id: string }) => type.id)).toEqual(['User', 'Group']);
    expect((await scim.request('GET', '/Schemas')).body.Resources.map((schema: { id: string }) => schema.id)).toContain(USER_SCHEMA);
    for (const n of [1, 2, 3]) expect((await scim.request('POST', '/Users', entraUser({ userName: `p${n}@x.test`, externalId: `p${n}` }))).status).toBe(201);
    const page = await scim.request('GET', '/Users?startIndex=2&count=1');
    expect(page.body).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
    expect((await scim.request('GET', '/Users?count=0')).body).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
  });

  it('Production: malformed filters, unknown schemas and attributes, bad Operations, bad bodies and foreign tokens answer 4xx in SCIM format and change nothing', async () => {
    const { s, orgId, scim } = await world();
    const user = await scim.request('POST', '/Users', entraUser({ userName: 'bea@x.test', externalId: 'entra-bea' }));
    const group = await scim.request('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Readers', members: [{ value: user.body.id }] });
    const snapshot = async () => [(await scim.request('GET', '/Users')).body, (await scim.request('GET', '/Groups')).body].map((body) => JSON.stringify(body));
    const before = await snapshot();

    expectScimError(await scim.request('GET', `/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter');
    expectScimError(await scim.request('GET', `/Users?filter=${encodeURIComponent('userName co "a"')}`), 400, 'invalidFilter');
    expectScimError(await scim.request('GET', `/Users?filter=${encodeURIComponent('shoeSize eq "9"')}`), 400, 'invalidFilter');
    expectScimError(await scim.request('GET', '/Users?startIndex=0'), 400);
    expectScimError(await scim.request('GET', '/Users?sortBy=userName'), 400);
    expectScimError(await scim.request('POST', '/Users', { ...entraUser({ userName: 'x@x.test', externalId: 'x' }), schemas: ['urn:example:unknown'] }), 400);
    expectScimError(await scim.request('POST', '/Users', { ...entraUser({ userName: 'x@x.test', externalId: 'x' }), shoeSize: 9 }), 400, 'invalidPath');
    expectScimError(await scim.request('POST', '/Users', entraUser({ userName: 'not an email', externalId: 'x' })), 400, 'invalidValue');
    expectScimError(await scim.request('POST', '/Users', null), 400);
    const id = user.body.id as string;
    const gid = group.body.id as string;
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'Frobnicate', path: 'active', value: false })), 400);
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'replace', path: 'shoeSize', value: 9 })), 400, 'invalidPath');
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'replace', path: 'emails[type eq', value: 'a' })), 400);
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'replace', path: 'active', value: 'maybe' })), 400);
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'replace', path: 'id', value: 'mine' })), 400, 'mutability');
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf({ op: 'replace', path: 'userName', value: 'other@x.test' })), 400, 'mutability');
    expectScimError(await scim.request('PATCH', `/Users/${id}`, scim.patchOf()), 400);
    expectScimError(await scim.request('PATCH', `/Users/${id}`, { schemas: ['urn:example'], Operations: [{ op: 'remove', path: 'title' }] }), 400);
    expectScimError(
      await scim.request('PATCH', `/Groups/${gid}`, scim.patchOf({ op: 'Add', path: 'members', value: [{ value: 'no-such-user' }] })),
      400,
      'invalidValue',
    );
    expectScimError(await scim.request('PATCH', `/Groups/${gid}`, scim.patchOf({ op: 'Remove', path: 'members[value co "x"]' })), 400, 'invalidFilter');
    // Removing a member that is not there is no error, and changes nothing.
    expect((await scim.request('PATCH', `/Groups/${gid}`, scim.patchOf({ op: 'Remove', path: 'members[value eq "no-such-user"]' }))).status).toBe(204);
    // Two POSTs of one userName at once: one is made, the other is a uniqueness conflict, never a 5xx.
    const racing = await Promise.all([0, 1].map(() => scim.request('POST', '/Users', entraUser({ userName: 'race@x.test', externalId: 'race' }))));
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect((await scim.request('DELETE', `/Users/${racing.find((answer) => answer.status === 201)!.body.id}`)).status).toBe(204);
    expectScimError(await scim.request('PATCH', `/Groups/${gid}`, scim.patchOf({ op: 'Replace', path: 'owner', value: 'x' })), 400, 'invalidPath');
    expectScimError(await scim.request('PATCH', `/Users/does-not-exist`, scim.patchOf({ op: 'replace', path: 'active', value: false })), 404);
    const malformed = await s.http.request('POST', scim.path('/Users'), undefined, {
      token: scim.token,
      headers: { 'content-type': 'application/scim+json' },
      rawBody: '{"userName":',
    });
    expectScimError(malformed, 400, 'invalidSyntax');

    // Tokens: none, the platform's, another organization's, a revoked one — 401 in SCIM's format.
    expectScimError(await scim.request('GET', '/Users', undefined, ''), 401);
    expectScimError(await scim.request('GET', '/Users', undefined, s.platform), 401);
    const other = await ScimClient.forOrganization({ s, orgId: await s.organization() });
    expectScimError(await s.http.get(scim.path('/Users'), { token: other.token }), 401);
    expectScimError(await s.http.request('DELETE', scim.path(`/Users/${id}`), undefined, { token: other.token }), 401);
    const listed = await s.http.get(`/api/v1/organizations/${orgId}/scim-tokens`, { token: s.platform });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(scim.token);
    const spare = await ScimClient.forOrganization({ s, orgId });
    const spareId = (await s.http.get(`/api/v1/organizations/${orgId}/scim-tokens`, { token: s.platform })).body.items.at(-1).id as string;
    expect((await s.http.get(spare.path('/Users'), { token: spare.token })).status).toBe(200);
    expect((await s.http.delete(`/api/v1/organizations/${orgId}/scim-tokens/${spareId}`, { token: s.platform })).status).toBe(200);
    expectScimError(await s.http.get(spare.path('/Users'), { token: spare.token }), 401);
    expect((await s.http.delete(`/api/v1/organizations/${orgId}/scim-tokens/${spareId}`, { token: s.platform })).status).toBe(404);

    expect(await snapshot()).toEqual(before);
  });

  it('R7/Production: the tenant held through SCIM changes (members by value, renames, deactivations, deletions) decides as the same tenant loaded afresh', async () => {
    const { s, tenantId, scim, admin } = await world();
    const emails = ['m0@x.test', 'm1@x.test', 'm2@x.test', 'm3@x.test'];
    const ids: string[] = [];
    for (const [n, email] of emails.entries())
      ids.push((await scim.request('POST', '/Users', entraUser({ userName: email, externalId: `m${n}` }))).body.id as string);
    const groups: string[] = [];
    for (const name of ['Alpha', 'Beta'])
      groups.push((await scim.request('POST', '/Groups', { schemas: [GROUP_SCHEMA], displayName: name, members: [{ value: ids[0] }] })).body.id as string);
    expect((await s.addMembers(tenantId, 'administrator', { kind: 'group', groupIds: [groups[0]] }, admin)).status).toBe(201);
    expect((await s.addMembers(tenantId, 'consumer', { kind: 'group', groupIds: [groups[1]] }, admin)).status).toBe(201);
    const answers = async () => {
      const result: boolean[] = [];
      for (const email of emails)
        for (const permission of ['jobs.run', 'jobs.view']) result.push((await s.check(tenantId, { email, permission }, admin)).body.allowed);
      return result;
    };
    const steps = [
      () => scim.request('PATCH', `/Groups/${groups[0]}`, scim.patchOf({ op: 'Add', path: 'members', value: [{ value: ids[1] }, { value: ids[2] }] })),
      () =>
        scim.request(
          'PATCH',
          `/Groups/${groups[1]}`,
          scim.patchOf({ op: 'Add', path: 'members', value: [{ value: ids[3] }] }, { op: 'Replace', path: 'displayName', value: 'Beta team' }),
        ),
      () => scim.request('PATCH', `/Groups/${groups[0]}`, scim.patchOf({ op: 'Remove', path: `members[value eq "${ids[0]}"]` })),
      () => scim.request('PATCH', `/Users/${ids[2]}`, scim.patchOf({ op: 'Replace', value: { active: 'False' } })),
      () => scim.request('PUT', `/Groups/${groups[1]}`, { schemas: [GROUP_SCHEMA], displayName: 'Beta', members: [{ value: ids[0] }, { value: ids[2] }] }),
      () => scim.request('DELETE', `/Users/${ids[1]}`),
      () => scim.request('PATCH', `/Groups/${groups[0]}`, scim.patchOf({ op: 'Replace', path: 'members', value: [{ value: ids[3] }] })),
    ];
    for (const step of steps) {
      expect((await step()).status).toBeLessThan(300);
      const held = await answers();
      s.api.app.get(TenantContextService).forget({ tenantId });
      expect(await answers()).toEqual(held);
    }
  });
});
