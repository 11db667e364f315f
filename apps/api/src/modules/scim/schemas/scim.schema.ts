import { z } from 'zod';
import { ADDRESS_DOCUMENTED, plainText, trimmedText } from '../../../common/validation/common.schema.js';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

const text = (max = 1000) => plainText().max(max);
/** Entra sends booleans as the strings "True" / "False". */
export const scimBoolean = z
  .union([z.boolean(), z.enum(['True', 'False', 'true', 'false'])])
  .transform((value) => value === true || value === 'True' || value === 'true');

const multiValued = z.object({ value: text().optional(), display: text().optional(), type: text(100).optional(), primary: scimBoolean.optional() }).strict();
const address = z
  .object({
    formatted: text().optional(),
    streetAddress: text().optional(),
    locality: text().optional(),
    region: text().optional(),
    postalCode: text(100).optional(),
    country: text(100).optional(),
    type: text(100).optional(),
    primary: scimBoolean.optional(),
  })
  .strict();
const name = z
  .object({
    formatted: text().optional(),
    familyName: text().optional(),
    givenName: text().optional(),
    middleName: text().optional(),
    honorificPrefix: text().optional(),
    honorificSuffix: text().optional(),
  })
  .strict();
const enterprise = z
  .object({
    employeeNumber: text().optional(),
    costCenter: text().optional(),
    organization: text().optional(),
    division: text().optional(),
    department: text().optional(),
    manager: z.union([text(), z.object({ value: text().optional(), displayName: text().optional(), $ref: text().optional() }).strict()]).optional(),
  })
  .strict();
/** `id` and `meta` are the server's: a client may echo them back (PUT), and they are ignored. */
const serverOwned = { id: text(200).optional(), meta: z.record(z.string(), z.unknown()).optional() };

const schemasOf = ({ core, extensions }: { core: string; extensions: readonly string[] }) =>
  z
    .array(text(200))
    .min(1)
    .refine((schemas) => schemas.includes(core), `schemas must include ${core}`)
    .refine((schemas) => schemas.every((schema) => schema === core || extensions.includes(schema)), 'schemas names a schema this endpoint does not offer')
    // What the document states: the core schema among them, and no schema this endpoint does not offer.
    .meta({ contains: { const: core }, items: { type: 'string', enum: [core, ...extensions] } });

/** A User resource as a client sends it (POST, PUT, and the result of a PATCH): unknown attributes are refused. */
export const scimUserSchema = z
  .object({
    schemas: schemasOf({ core: USER_SCHEMA, extensions: [ENTERPRISE_USER_SCHEMA] }),
    ...serverOwned,
    // The user's email address (the service refuses any other userName): the document says so.
    userName: text(320).min(1).meta(ADDRESS_DOCUMENTED),
    externalId: text(200).nullable().optional(),
    displayName: text(200).nullable().optional(),
    nickName: text().optional(),
    profileUrl: text().optional(),
    title: text().optional(),
    userType: text(64).nullable().optional(),
    preferredLanguage: text(100).optional(),
    locale: text(100).optional(),
    timezone: text(100).optional(),
    active: scimBoolean.optional(),
    password: text().optional(),
    name: name.optional(),
    emails: z.array(multiValued).max(20).optional(),
    phoneNumbers: z.array(multiValued).max(20).optional(),
    ims: z.array(multiValued).max(20).optional(),
    photos: z.array(multiValued).max(20).optional(),
    addresses: z.array(address).max(20).optional(),
    roles: z.array(multiValued).max(100).optional(),
    entitlements: z.array(multiValued).max(100).optional(),
    [ENTERPRISE_USER_SCHEMA]: enterprise.optional(),
  })
  .strict();
export type ScimUserInput = z.output<typeof scimUserSchema>;

const member = z.object({ value: text(200).min(1), display: text().optional(), $ref: text().optional(), type: text(100).optional() }).strict();

export const scimGroupSchema = z
  .object({
    schemas: schemasOf({ core: GROUP_SCHEMA, extensions: [] }),
    ...serverOwned,
    displayName: text(200).min(1),
    externalId: text(200).nullable().optional(),
    members: z.array(member).max(10_000).optional(),
  })
  .strict();
export type ScimGroupInput = z.output<typeof scimGroupSchema>;
export const scimMembersSchema = z.array(member).max(10_000);

/** RFC 7644 §3.5.2; `op` in any case (Entra sends `Replace`, `Add`, `Remove`). */
export const scimPatchSchema = z
  .object({
    schemas: z
      .array(text(200))
      .refine((schemas) => schemas.includes(PATCH_SCHEMA), `schemas must include ${PATCH_SCHEMA}`)
      .meta({ contains: { const: PATCH_SCHEMA } }),
    Operations: z
      .array(
        z
          .object({
            op: text(20)
              .meta({
                pattern: '^(?:[Aa][Dd][Dd]|[Rr][Ee][Pp][Ll][Aa][Cc][Ee]|[Rr][Ee][Mm][Oo][Vv][Ee])$',
                description: '`add`, `replace` or `remove`, in any case',
              })
              .transform((op) => op.toLowerCase())
              .pipe(z.enum(['add', 'replace', 'remove'])),
            path: text(500).min(1).optional(),
            value: z.unknown().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(1_000),
  })
  .strict();
export type ScimPatchInput = z.output<typeof scimPatchSchema>;
export type ScimOperation = ScimPatchInput['Operations'][number];

const count = z.coerce.number().int().min(0).max(1_000_000).optional();
/** A list's query: `filter`, 1-based `startIndex`, `count`; `attributes` / `excludedAttributes` as RFC 7644 §3.9 (members may be left out). */
export const scimListQuerySchema = z
  .object({
    filter: text(1000).optional(),
    startIndex: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    count,
    attributes: text(1000).optional(),
    excludedAttributes: text(1000).optional(),
  })
  .strict();
export type ScimListQuery = z.output<typeof scimListQuerySchema>;

export const scimGetQuerySchema = z.object({ attributes: text(1000).optional(), excludedAttributes: text(1000).optional() }).strict();
export type ScimGetQuery = z.output<typeof scimGetQuerySchema>;

/** What a User answer carries (declared output; see scim-resources.ts). */
// SCIM resources are extensible (RFC 7643 §3.3: extension schemas add attributes), so their
// declarations name what this endpoint relies on and let a resource carry more.
export const scimUserOutputSchema = scimUserSchema
  .extend({
    id: z.string(),
    active: z.boolean(),
    meta: z.object({ resourceType: z.literal('User'), location: z.string() }),
  })
  .loose()
  .meta({ id: 'ScimUser' });
export const scimGroupOutputSchema = scimGroupSchema
  .extend({
    id: z.string(),
    members: z.array(z.object({ value: z.string(), display: z.string().optional() })).optional(),
    meta: z.object({ resourceType: z.literal('Group'), location: z.string() }),
  })
  .loose()
  .meta({ id: 'ScimGroup' });
export const scimListOutputSchema = z
  .object({
    schemas: z.tuple([z.literal(LIST_SCHEMA)]),
    totalResults: z.number().int(),
    startIndex: z.number().int(),
    itemsPerPage: z.number().int(),
    Resources: z.array(z.unknown()),
  })
  .meta({ id: 'ScimListResponse' });
/** ServiceProviderConfig, ResourceTypes and Schemas: discovery documents RFC 7643 §5–7 define. */
export const scimDiscoveryOutputSchema = z.looseObject({ schemas: z.array(z.string()).optional() }).meta({ id: 'ScimDiscovery' });
/** RFC 7644 §3.12: every SCIM refusal, in SCIM's own format. */
export const scimErrorOutputSchema = z
  .object({
    schemas: z.tuple([z.literal('urn:ietf:params:scim:api:messages:2.0:Error')]),
    status: z.string(),
    scimType: z.string().optional(),
    detail: z.string(),
  })
  .meta({ id: 'ScimError' });

export const scimTokenCreatedOutputSchema = z
  .object({ id: z.string(), description: z.string(), createdAt: z.string(), token: z.string().describe('The bearer secret, shown this once') })
  .meta({ id: 'ScimTokenCreated' });
export const scimTokenListOutputSchema = z
  .object({ items: z.array(z.object({ id: z.string(), description: z.string(), createdAt: z.string() })) })
  .meta({ id: 'ScimTokenList' });
export const scimTokenRevokedOutputSchema = z.object({ id: z.string(), revoked: z.literal(true) }).meta({ id: 'ScimTokenRevoked' });

export const createScimTokenSchema = z.object({ description: trimmedText(500) }).strict();
export type CreateScimTokenInput = z.output<typeof createScimTokenSchema>;
