import { expect } from 'vitest';
import type { ApiResponse } from '../harness/api-client.js';
import type { Scenario } from '../harness/scenario.js';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** An organization's SCIM endpoint as an identity provider calls it: its token, `application/scim+json` bodies. */
export class ScimClient {
  constructor(
    private readonly s: Scenario,
    readonly orgId: string,
    readonly token: string,
  ) {}

  static async forOrganization({ s, orgId }: { s: Scenario; orgId: string }): Promise<ScimClient> {
    const created = await s.http.post(`/api/v1/organizations/${orgId}/scim-tokens`, { description: 'Entra provisioning' }, { token: s.platform });
    expect(created.status).toBe(201);
    return new ScimClient(s, orgId, created.body.token as string);
  }

  path(rest: string): string {
    return `/scim/v2/organizations/${this.orgId}${rest}`;
  }

  request(method: string, rest: string, body?: unknown, token: string | undefined = this.token): Promise<ApiResponse> {
    return this.s.http.request(method, this.path(rest), body, { token, headers: { 'content-type': 'application/scim+json' } });
  }

  patchOf(...operations: unknown[]) {
    return { schemas: [PATCH_OP], Operations: operations };
  }
}

/** A SCIM error as RFC 7644 §3.12 writes it. */
export function expectScimError(response: ApiResponse, status: number, scimType?: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/scim\+json/);
  expect(response.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}) });
}

/** The body Entra's provisioning service POSTs for a user (Microsoft's SCIM tutorial), with this user's values. */
export function entraUser({
  userName,
  externalId,
  active = true,
  userType,
}: {
  userName: string;
  externalId: string;
  active?: boolean | string;
  userType?: string;
}) {
  return {
    schemas: [USER_SCHEMA, ENTERPRISE],
    externalId,
    userName,
    active,
    displayName: 'Ada Lovelace',
    emails: [{ primary: true, type: 'work', value: userName }],
    meta: { resourceType: 'User' },
    name: { formatted: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada' },
    roles: [],
    ...(userType ? { userType } : {}),
    [ENTERPRISE]: { department: 'Engineering', employeeNumber: '42' },
  };
}
