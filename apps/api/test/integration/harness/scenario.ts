import { expect } from 'vitest';
import { ApiClient } from './api-client.js';
import { listRoutes } from '../../../src/common/routes/route-registry.js';
import type { BootedApi } from './boot-api.js';
import { DeclaredResponses } from './declared-responses.js';

export interface DirectoryInput {
  users?: { email: string; name: string; guest?: boolean }[];
  groups?: { id: string; name: string; email?: string; members: string[] }[];
}

/** Steps every rule test needs, spoken in the API's own words. */
export class Scenario {
  readonly http: ApiClient;
  private readonly tokens = new Map<string, string>();

  constructor(readonly api: BootedApi) {
    // An API in another process (multi-process tests) has no routes to read here: its answers go unchecked.
    this.http = new ApiClient(api.baseUrl, api.app ? new DeclaredResponses({ routes: listRoutes({ app: api.app }) }) : null);
  }

  get platform() {
    return this.api.platformToken;
  }

  async organization({ lookup = true, directory = {} }: { lookup?: boolean | { users: boolean; groups: boolean }; directory?: DirectoryInput } = {}) {
    const switches = typeof lookup === 'boolean' ? { users: lookup, groups: lookup } : lookup;
    const created = await this.http.post(
      '/api/v1/organizations',
      { name: 'Org', userLookup: switches.users, groupLookup: switches.groups },
      { token: this.platform },
    );
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    await this.setDirectory({ orgId, directory });
    return orgId;
  }

  async setDirectory({ orgId, directory }: { orgId: string; directory: DirectoryInput }) {
    const replaced = await this.http.put(
      `/api/v1/organizations/${orgId}/directory`,
      { users: directory.users ?? [], groups: directory.groups ?? [] },
      { token: this.platform },
    );
    expect(replaced.status).toBe(200);
  }

  async tenant({
    product,
    orgId,
    administrators = ['admin@x.test'],
    roleModel,
  }: {
    product: string;
    orgId?: string;
    administrators?: string[];
    roleModel?: 'current' | 'legacy';
  }) {
    const organizationId = orgId ?? (await this.organization());
    const created = await this.http.post(
      '/api/v1/tenants',
      { product, name: `${product} tenant`, organizationId, administrators, ...(roleModel ? { roleModel } : {}) },
      { token: this.platform },
    );
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** Dev sign-in; the token is cached per email. */
  async signIn(email: string): Promise<string> {
    const cached = this.tokens.get(email.toLowerCase());
    if (cached) return cached;
    const response = await this.http.post('/api/v1/auth/dev-login', { email });
    expect(response.status).toBe(200);
    this.tokens.set(email.toLowerCase(), response.body.token);
    return response.body.token as string;
  }

  async me(tenantId: string, token: string) {
    const response = await this.http.get(`/api/v1/tenants/${tenantId}/me`, { token });
    expect(response.status).toBe(200);
    return response.body;
  }

  async principalIdOf(tenantId: string, email: string, token: string): Promise<string> {
    const response = await this.http.get(`/api/v1/tenants/${tenantId}/users?email=${encodeURIComponent(email)}`, { token });
    expect(response.status).toBe(200);
    const user = response.body.items.find((item: { email: string }) => item.email === email.toLowerCase());
    expect(user, `${email} should be known to the tenant`).toBeDefined();
    return user.principalId as string;
  }

  async addMembers(tenantId: string, roleId: string, body: unknown, token: string) {
    return this.http.post(`/api/v1/tenants/${tenantId}/roles/${roleId}/members`, body, { token });
  }

  async check(tenantId: string, body: unknown, token: string) {
    return this.http.post(`/api/v1/tenants/${tenantId}/check`, body, { token });
  }

  async outbox() {
    const response = await this.http.get('/api/v1/outbox', { token: this.platform });
    expect(response.status).toBe(200);
    return response.body.items as { to: string; subject: string; text: string; tenantId: string }[];
  }
}
