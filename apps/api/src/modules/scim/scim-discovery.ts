import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA } from './schemas/scim.schema.js';

const string = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

/** RFC 7644 §5: what this endpoint supports. */
export function serviceProviderConfig({ base }: { base: string }) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: 'https://github.com/loome/roles/blob/main/docs/identity.md',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 1000 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: 'oauthbearertoken', name: 'Bearer token', description: 'A SCIM token made by POST /api/v1/organizations/:orgId/scim-tokens', primary: true },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes({ base }: { base: string }) {
  const types = [
    { id: 'User', name: 'User', endpoint: '/Users', schema: USER_SCHEMA, schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA, required: false }] },
    { id: 'Group', name: 'Group', endpoint: '/Groups', schema: GROUP_SCHEMA, schemaExtensions: [] },
  ].map((type) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    ...type,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/${type.id}` },
  }));
  return { schemas: [LIST_SCHEMA], totalResults: types.length, startIndex: 1, itemsPerPage: types.length, Resources: types };
}

export function schemas({ base }: { base: string }) {
  const multi = (name: string) => ({
    ...string(name),
    type: 'complex',
    multiValued: true,
    subAttributes: [string('value'), string('type'), string('display'), { ...string('primary'), type: 'boolean' }],
  });
  const list = [
    {
      id: USER_SCHEMA,
      name: 'User',
      attributes: [
        string('userName', { required: true, uniqueness: 'server' }),
        string('externalId', { caseExact: true }),
        string('displayName'),
        { ...string('active'), type: 'boolean' },
        string('userType'),
        string('title'),
        string('preferredLanguage'),
        {
          ...string('name'),
          type: 'complex',
          subAttributes: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((name) => string(name)),
        },
        multi('emails'),
        multi('phoneNumbers'),
        multi('roles'),
      ],
    },
    {
      id: ENTERPRISE_USER_SCHEMA,
      name: 'EnterpriseUser',
      attributes: ['employeeNumber', 'costCenter', 'organization', 'division', 'department']
        .map((name) => string(name))
        .concat([{ ...string('manager'), type: 'complex' }]),
    },
    {
      id: GROUP_SCHEMA,
      name: 'Group',
      attributes: [
        string('displayName', { required: true }),
        string('externalId', { caseExact: true }),
        { ...multi('members'), subAttributes: [string('value', { mutability: 'immutable' }), string('display')] },
      ],
    },
  ].map((schema) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    ...schema,
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${schema.id}` },
  }));
  return { schemas: [LIST_SCHEMA], totalResults: list.length, startIndex: 1, itemsPerPage: list.length, Resources: list };
}
