import { z } from 'zod';
import { describeAccess } from '../../auth/access.js';
import type { RouteEntry } from './route-registry.js';

/** SCIM routes (RFC 7644) answer `application/scim+json`, errors included, and take an organization's SCIM token. */
const SCIM_ERROR = {
  description: 'A SCIM error (RFC 7644 §3.12): status as a string, scimType',
  content: { 'application/scim+json': { schema: { $ref: '#/components/schemas/ScimError' } } },
};

const PROBLEM = {
  description: 'A problem document (application/problem+json) with a stable `code`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function queryParameters(schema: z.ZodType | null) {
  if (!schema) return [];
  const json = jsonSchemaOf(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** OpenAPI 3.1 generated from the route registry and the very zod schemas that validate. */
export function buildOpenApiDocument({ routes }: { routes: RouteEntry[] }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParameters = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const access = route.access ? describeAccess({ access: route.access }) : 'closed';
    const scim = access === 'scim';
    const contentType = scim ? 'application/scim+json' : 'application/json';
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.handler,
      summary: `${route.method} ${route.path}`,
      'x-access': access,
      security: access === 'public' ? [] : scim ? [{ scimToken: [] }] : [{ bearer: [] }, { session: [] }],
      parameters: [...pathParameters, ...queryParameters(route.query)],
      ...(route.body ? { requestBody: { required: true, content: { [contentType]: { schema: jsonSchemaOf(route.body) } } } } : {}),
      responses: {
        [String(route.status)]: route.status === 204 ? { description: 'No content' } : { description: 'OK', content: { [contentType]: { schema: {} } } },
        default: scim ? SCIM_ERROR : PROBLEM,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Loome Roles API', version: '1.0.0' },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'API key secret (lrk_…), session token, or the platform token' },
        session: { type: 'apiKey', in: 'cookie', name: 'loome_session' },
        scimToken: { type: 'http', scheme: 'bearer', description: "An organization's SCIM token (lsc_…), from POST /api/v1/organizations/{orgId}/scim-tokens" },
      },
      schemas: {
        ScimError: {
          type: 'object',
          required: ['schemas', 'status', 'detail'],
          properties: { schemas: { type: 'array', items: { const: 'urn:ietf:params:scim:api:messages:2.0:Error' } }, status: { type: 'string' }, scimType: { type: 'string' }, detail: { type: 'string' } },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
          },
        },
      },
    },
  };
}
