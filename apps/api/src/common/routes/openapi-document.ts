import { z } from 'zod';
import { describeAccess } from '../../auth/access.js';
import type { RouteEntry } from './route-registry.js';

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
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.handler,
      summary: `${route.method} ${route.path}`,
      'x-access': access,
      security: access === 'public' ? [] : [{ bearer: [] }, { session: [] }],
      parameters: [...pathParameters, ...queryParameters(route.query)],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.body) } } } } : {}),
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: {} } } }, default: PROBLEM },
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
      },
      schemas: {
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
