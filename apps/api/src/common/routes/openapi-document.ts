import { products, type AnyProduct } from '@loome/roles-core';
import { z } from 'zod';
import type { Access } from '../../auth/access.js';
import { describeAccess } from '../../auth/access.js';
import { roleIdSchema } from '../contract/ids.schema.js';
import { problemsByStatus, type ProblemStatus } from '../contract/problem.schema.js';
import { scimErrorOutputSchema } from '../../modules/scim/schemas/scim.schema.js';
import { idSchema } from '../validation/common.schema.js';
import type { RouteEntry } from './route-registry.js';

type JsonSchema = Record<string, unknown>;

/** Schemas named with `.meta({ id })`, hoisted from every converted schema into `components.schemas`. */
class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _ignored,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) this.add(id, relink(definition));
    return relink(rest);
  }

  /** A named schema as a `$ref`, the schema itself hoisted. */
  named(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const converted = this.convert(schema, io);
    const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
    const ref = `#/components/schemas/${id}`;
    // A root that is named itself comes back as a reference to its hoisted definition.
    if (!id || converted.$ref === ref) return converted;
    this.add(id, converted);
    return { $ref: ref };
  }

  private add(id: string, definition: JsonSchema) {
    const existing = this.schemas[id];
    if (existing && JSON.stringify(existing) !== JSON.stringify(definition))
      throw new Error(`Two different schemas are named ${id}: ${JSON.stringify(existing)} ${JSON.stringify(definition)}`);
    this.schemas[id] = definition;
  }
}

function relink(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

/** Which products a route serves: the product configurations say, never a list of names. */
const SERVES: Record<string, (product: AnyProduct) => boolean> = {
  References: (product) => product.limitedMembers !== null,
  Notifications: (product) => product.projectNotifications,
  Legacy: (product) => product.legacy !== null,
};

const TAGS: Record<string, string> = {
  Auth: 'Signing in and out: dev sign-in, OpenID Connect',
  Products: 'The product configurations',
  Organizations: 'Organizations and their directories (platform)',
  Tenants: 'Tenants and their settings',
  Roles: 'Application roles and their members (R1–R15)',
  Directory: 'Directory lookup (R5, R6)',
  TenantUsers: 'Everyone a tenant knows',
  Checks: 'Permission checks and the About view (R23)',
  ApiKeys: 'API keys for remote access (R20)',
  Projects: 'Projects and project members (R16, R16a)',
  References: 'Monitor records, communication rules and Limited Members (R17, R19)',
  Notifications: 'Assist notifications (R18)',
  Previews: 'Dry runs of one change: what it would do, or why it would be refused',
  Legacy: 'The legacy model, departments and migration (R21, R22)',
  Audit: 'The audit log (R24)',
  Outbox: 'Mail kept in dev mode',
  Docs: 'This document',
  Scim: "SCIM 2.0 provisioning of an organization's directory (RFC 7643, RFC 7644): answers and errors in application/scim+json",
  ScimTokens: "An organization's SCIM tokens (platform)",
};

const SESSION = [{ sessionCookie: [] }, { sessionBearer: [] }];
function securityOf(access: Access | null) {
  if (!access || access.kind === 'public') return [];
  if (access.kind === 'platform') return [{ platformToken: [] }];
  if (access.kind === 'scim') return [{ scimToken: [] }];
  return [...SESSION, { apiKey: [] }];
}

const namesIds = new WeakMap<z.ZodType, boolean>();
/** Whether a body names something by id (`organizationId`, `groupIds`…): an id that does not exist is NOT_FOUND. */
function bodyNamesIds(body: z.ZodType | null): boolean {
  if (!body) return false;
  let names = namesIds.get(body);
  if (names === undefined) {
    names = /"[a-z][A-Za-z]*Ids?":\{/.test(JSON.stringify(z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' })));
    namesIds.set(body, names);
  }
  return names;
}

/** The problems a route can answer, by status: what the guards, the pipes and the rules refuse with. */
export function problemStatuses(route: RouteEntry): ProblemStatus[] {
  const statuses: ProblemStatus[] = ['400'];
  const guarded = route.access !== null && route.access.kind !== 'public';
  // A sign-in that proves nobody is UNAUTHENTICATED, one that proves someone who may not sign in FORBIDDEN.
  if (guarded || route.controller === 'Auth') statuses.push('401', '403');
  if (route.path.includes(':') || route.controller === 'Outbox' || bodyNamesIds(route.body)) statuses.push('404');
  const mutation = route.method !== 'GET';
  if (mutation || route.controller === 'Directory') statuses.push('409');
  if (mutation) statuses.push('413', '415');
  statuses.push('503');
  return statuses;
}

function queryParameters(components: SchemaComponents, schema: z.ZodType | null) {
  if (!schema) return [];
  const json = components.convert(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const problemResponse = (status: ProblemStatus) => ({ $ref: `#/components/responses/Problem${status}` });
/** SCIM routes refuse in SCIM's own format (RFC 7644 §3.12), whatever the status. */
const SCIM_ERROR_RESPONSE = { $ref: '#/components/responses/ScimError' };

/**
 * OpenAPI 3.1 generated from the route registry: the zod schemas that validate each request and
 * the one each route declares for its answer (`@Returns`, also tRPC's `.output()`).
 */
export function buildOpenApiDocument({ routes }: { routes: RouteEntry[] }) {
  const components = new SchemaComponents();
  const idParameter = components.convert(idSchema, 'input');
  const roleIdParameter = components.convert(roleIdSchema, 'input');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParameters = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      // A role id is fixed by the product configurations; any other id is opaque.
      schema: match[1] === 'roleId' && route.path.includes('/roles/') ? roleIdParameter : idParameter,
    }));
    const access = route.access ? describeAccess({ access: route.access }) : 'closed';
    const tenantRoute = route.path.includes(':tenantId');
    const serves = tenantRoute ? products.filter(SERVES[route.controller] ?? (() => true)).map((product) => product.id) : [];
    const operation = route.operation;
    const scim = route.access?.kind === 'scim';
    const contentType = scim ? 'application/scim+json' : 'application/json';
    const success = operation?.output
      ? { description: 'OK', content: { [operation.contentType ?? contentType]: { schema: components.named(operation.output, 'output') } } }
      : { description: 'Done; no body' };
    const description = [
      `Access: \`${access}\`.`,
      serves.length > 0 && serves.length < products.length ? `Serves ${serves.join(', ')} tenants only; other products answer NOT_FOUND or FORBIDDEN.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: operation?.operationId ?? route.handler.replace('.', '_'),
      summary: operation?.summary ?? `${route.method} ${route.path}`,
      description,
      tags: [route.controller],
      'x-access': access,
      ...(serves.length > 0 ? { 'x-products': serves } : {}),
      security: securityOf(route.access),
      parameters: [...pathParameters, ...queryParameters(components, route.query)],
      ...(route.body ? { requestBody: { required: true, content: { [contentType]: { schema: components.convert(route.body, 'input') } } } } : {}),
      responses: {
        [String(route.status)]: success,
        ...Object.fromEntries(problemStatuses(route).map((status) => [status, scim ? SCIM_ERROR_RESPONSE : problemResponse(status)])),
      },
    };
  }
  const responses: Record<string, unknown> = Object.fromEntries(
    (Object.keys(problemsByStatus) as ProblemStatus[]).map((status) => [
      `Problem${status}`,
      {
        description: problemsByStatus[status].description ?? 'A problem',
        ...(status === '503' ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
        content: { 'application/problem+json': { schema: components.named(problemsByStatus[status], 'output') } },
      },
    ]),
  );
  if (routes.some((route) => route.access?.kind === 'scim')) {
    responses.ScimError = {
      description: 'A SCIM error (RFC 7644 §3.12): `status` as a string, `scimType` where RFC 7644 names one',
      content: { 'application/scim+json': { schema: components.named(scimErrorOutputSchema, 'output') } },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Loome Roles API',
      version: '1.0.0',
      description: 'One role and permission system for Integrate, Assist and Monitor. Errors are `application/problem+json` with a stable `code`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      {
        url: '{scheme}://{host}:{port}',
        description: 'Where the API runs; the embedded default (`pnpm start:api`) is http on port 3000 of this machine',
        variables: { scheme: { default: 'http', enum: ['http', 'https'] }, host: { default: '127.0.0.1' }, port: { default: '3000' } },
      },
    ],
    tags: [...new Set(routes.map((route) => route.controller))].map((name) => ({ name, description: TAGS[name] ?? name })),
    paths,
    components: {
      securitySchemes: {
        sessionBearer: { type: 'http', scheme: 'bearer', description: 'A session token from sign-in (`token` of dev-login or the OpenID callback)' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'loome_session',
          description: 'The session cookie set at sign-in (portals); changes need an Origin of the API or a portal',
        },
        apiKey: { type: 'http', scheme: 'bearer', description: "An API key's secret (`lrk_…`), shown once at creation" },
        platformToken: { type: 'http', scheme: 'bearer', description: 'PLATFORM_ADMIN_TOKEN, for platform routes' },
        scimToken: {
          type: 'http',
          scheme: 'bearer',
          description: "An organization's SCIM token (`lsc_…`), from POST /api/v1/organizations/{orgId}/scim-tokens",
        },
      },
      responses,
      schemas: components.schemas,
    },
  };
}
