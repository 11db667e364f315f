import { clientFiles, committedClientFiles } from '@loome/api-client/generate';
import { createLoomeClient, type ProblemCode } from '@loome/api-client';
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from './harness/on-each-database.js';

/** The answer's data, or a failure that says what the API answered instead. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

describeOnEachDatabase('the generated client (packages/api-client)', (get) => {
  it('is generated from the document the API serves: regenerate with `pnpm generate:client`', async () => {
    const served = await get().http.get('/api/docs');
    expect(await clientFiles({ document: served.body })).toEqual(committedClientFiles());
  });

  it('R2, R3, R20, R23, R24: drives the main flows with no cast, every answer typed', async () => {
    const { api } = get();
    const platform = createLoomeClient({ baseUrl: api.baseUrl, token: api.platformToken });
    const organization = ok(await platform.POST('/api/v1/organizations', { body: { name: 'Client Org', userLookup: true, groupLookup: true } }));
    ok(
      await platform.PUT('/api/v1/organizations/{orgId}/directory', {
        params: { path: { orgId: organization.id } },
        body: { users: [{ email: 'gen-admin@x.test', name: 'Gen Admin' }], groups: [] },
      }),
    );
    const tenant = ok(
      await platform.POST('/api/v1/tenants', {
        body: { product: 'integrate', name: 'Client Co', organizationId: organization.id, administrators: ['gen-admin@x.test'] },
      }),
    );
    const tenantId = tenant.id;
    const session = ok(await createLoomeClient({ baseUrl: api.baseUrl }).POST('/api/v1/auth/dev-login', { body: { email: 'gen-admin@x.test' } }));
    const admin = createLoomeClient({ baseUrl: api.baseUrl, token: session.token });

    // R2, R3: a semicolon list; spaces, empty entries, case and duplicates do not count.
    const added = ok(
      await admin.POST('/api/v1/tenants/{tenantId}/roles/{roleId}/members', {
        params: { path: { tenantId, roleId: 'consumer' } },
        body: { kind: 'user', emails: ' gen-a@x.test ;; gen-b@x.test; GEN-A@x.test;' },
      }),
    );
    expect(added.invited.sort()).toEqual(['gen-a@x.test', 'gen-b@x.test']);
    const refused = await admin.POST('/api/v1/tenants/{tenantId}/roles/{roleId}/members', {
      params: { path: { tenantId, roleId: 'consumer' } },
      body: { kind: 'user', emails: 'gen-c@x.test; not an address' },
    });
    expect(refused.error?.code).toBe('VALIDATION');
    expect(refused.error && 'invalidEntries' in refused.error ? refused.error.invalidEntries : null).toEqual([{ position: 2, value: 'not an address' }]);

    // Role members, paged with an opaque cursor.
    const first = ok(
      await admin.GET('/api/v1/tenants/{tenantId}/roles/{roleId}/members', { params: { path: { tenantId, roleId: 'consumer' }, query: { limit: 1 } } }),
    );
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = ok(
      await admin.GET('/api/v1/tenants/{tenantId}/roles/{roleId}/members', {
        params: { path: { tenantId, roleId: 'consumer' }, query: { limit: 1, cursor: first.nextCursor ?? undefined } },
      }),
    );
    expect(second.items.map((member) => member.status)).toEqual(['User Invitation']);
    expect(ok(await admin.GET('/api/v1/tenants/{tenantId}/roles', { params: { path: { tenantId } } })).items.map((role) => role.id)).toContain('administrator');

    // Checks, one and in a batch.
    const check = ok(await admin.POST('/api/v1/tenants/{tenantId}/check', { params: { path: { tenantId } }, body: { permission: 'tenant.manage' } }));
    expect(typeof check.allowed).toBe('boolean');
    const batch = ok(
      await admin.POST('/api/v1/tenants/{tenantId}/check/batch', {
        params: { path: { tenantId } },
        body: { checks: [{ permission: 'tenant.manage' }, { email: 'gen-a@x.test', permission: 'tenant.manage' }] },
      }),
    );
    expect(batch.results.map((result) => result.allowed)).toEqual([check.allowed, false]);

    // R20: a key is created (secret once), listed, and deleted everywhere.
    const key = ok(
      await admin.POST('/api/v1/tenants/{tenantId}/api-keys', { params: { path: { tenantId } }, body: { description: 'CI', allowedIps: ['10.0.0.0/8'] } }),
    );
    expect(key.secret.length).toBeGreaterThan(20);
    const keys = ok(await admin.GET('/api/v1/tenants/{tenantId}/api-keys', { params: { path: { tenantId } } }));
    expect(keys.items.map((item) => item.id)).toContain(key.id);
    ok(await admin.DELETE('/api/v1/tenants/{tenantId}/api-keys/{apiKeyId}', { params: { path: { tenantId, apiKeyId: key.id } } }));

    // R16: a project, its members by role.
    const project = ok(await admin.POST('/api/v1/tenants/{tenantId}/projects', { params: { path: { tenantId } }, body: { name: 'Pipelines' } }));
    ok(
      await admin.POST('/api/v1/tenants/{tenantId}/projects/{projectId}/members', {
        params: { path: { tenantId, projectId: project.id } },
        body: { kind: 'user', emails: 'gen-b@x.test', role: 'member' },
      }),
    );
    const members = ok(await admin.GET('/api/v1/tenants/{tenantId}/projects/{projectId}/members', { params: { path: { tenantId, projectId: project.id } } }));
    expect('roles' in members ? members.roles.find((role) => role.id === 'member')?.members.items.map((member) => member.email) : null).toEqual([
      'gen-b@x.test',
    ]);

    // R23, R24: the About view and the audit log.
    const me = ok(await admin.GET('/api/v1/tenants/{tenantId}/me', { params: { path: { tenantId } } }));
    expect(me.roles.map((role) => role.source.kind)).toContain('application-role');
    const audit = ok(await admin.GET('/api/v1/tenants/{tenantId}/audit-events', { params: { path: { tenantId }, query: { limit: 5 } } }));
    expect(audit.items[0]?.action).toEqual(expect.any(String));

    // R10: the problem's code is typed; a misspelt code does not compile.
    const self = await admin.DELETE('/api/v1/tenants/{tenantId}/roles/{roleId}/members/{principalId}', {
      params: { path: { tenantId, roleId: 'administrator', principalId: session.userId } },
    });
    const code: ProblemCode | undefined = self.error?.code;
    expect(code).toBe('CANNOT_REMOVE_SELF');
    // @ts-expect-error: no such code
    expect(self.error?.code === 'CANNOT_REMOVE_YOURSELF').toBe(false);
  });

  it('R17, R18, R22: a Monitor rule, an Assist notification and a legacy dry run, typed', async () => {
    const s = get();
    const client = async (product: string, roleModel?: 'legacy') => {
      const tenantId = await s.tenant({ product, administrators: [`gen-${product}@x.test`], roleModel });
      return { tenantId, admin: createLoomeClient({ baseUrl: s.api.baseUrl, token: await s.signIn(`gen-${product}@x.test`) }) };
    };
    const monitor = await client('monitor');
    const watched = ok(
      await monitor.admin.POST('/api/v1/tenants/{tenantId}/projects', { params: { path: { tenantId: monitor.tenantId } }, body: { name: 'Watch' } }),
    );
    const rule = ok(
      await monitor.admin.POST('/api/v1/tenants/{tenantId}/projects/{projectId}/communication-rules', {
        params: { path: { tenantId: monitor.tenantId, projectId: watched.id } },
        body: { name: 'Daily', recipients: ['gen-watcher@x.test'] },
      }),
    );
    expect(rule.name).toBe('Daily');

    const assist = await client('assist');
    const helped = ok(
      await assist.admin.POST('/api/v1/tenants/{tenantId}/projects', { params: { path: { tenantId: assist.tenantId } }, body: { name: 'Help' } }),
    );
    const sent = ok(
      await assist.admin.POST('/api/v1/tenants/{tenantId}/notifications', {
        params: { path: { tenantId: assist.tenantId } },
        body: { emails: ['gen-reader@x.test'], projectId: helped.id },
      }),
    );
    expect(sent.invited).toEqual(['gen-reader@x.test']);

    const legacy = await client('integrate', 'legacy');
    const dryRun = ok(
      await legacy.admin.POST('/api/v1/tenants/{tenantId}/legacy-migration', { params: { path: { tenantId: legacy.tenantId }, query: { dryRun: 'true' } } }),
    );
    expect({ dryRun: dryRun.dryRun, applied: dryRun.applied }).toEqual({ dryRun: true, applied: false });
  });
});
