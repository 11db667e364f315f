import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { problemSchema, problemsByStatus, type ProblemStatus } from '../../../src/common/contract/problem.schema.js';
import { problemStatuses } from '../../../src/common/routes/openapi-document.js';
import type { RouteEntry } from '../../../src/common/routes/route-registry.js';
import { scimErrorOutputSchema } from '../../../src/modules/scim/schemas/scim.schema.js';

interface DeclaredRoute {
  route: RouteEntry;
  pattern: RegExp;
  literalSegments: number;
}

const internalProblem = problemSchema.extend({ code: z.literal('INTERNAL') });

export interface OffSchema {
  request: string;
  status: number;
  problem: string;
}

/**
 * Every answer the suites receive, checked against what its route declares: the success status
 * with its `@Returns` schema, a problem status with that status's problem schema. Fields the
 * schema does not declare count as off schema too (the parse strips them, so the parse must
 * equal the answer).
 */
export class DeclaredResponses {
  private readonly routes: DeclaredRoute[];
  /** Every answer off its declaration, for a suite that wants to list them all. */
  readonly offSchema: OffSchema[] = [];

  constructor({ routes }: { routes: RouteEntry[] }) {
    this.routes = routes.map((route) => ({
      route,
      pattern: new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`),
      literalSegments: route.path.split('/').filter((segment) => segment && !segment.startsWith(':')).length,
    }));
  }

  /** Null when the answer is as declared (or no route is declared for the request), else why not. */
  check({
    method,
    path,
    status,
    contentType,
    body,
  }: {
    method: string;
    path: string;
    status: number;
    contentType: string | null;
    body: unknown;
  }): OffSchema | null {
    const bare = path.split('?')[0] ?? path;
    const declared = this.routes
      .filter(({ route, pattern }) => route.method === method && pattern.test(bare))
      .sort((a, b) => b.literalSegments - a.literalSegments)[0];
    if (!declared) return null;
    const { route } = declared;
    const request = `${method} ${route.path}`;
    const problem = this.problemOf({ route, status, contentType, body });
    if (!problem) return null;
    const off = { request, status, problem };
    this.offSchema.push(off);
    return off;
  }

  private problemOf({ route, status, contentType, body }: { route: RouteEntry; status: number; contentType: string | null; body: unknown }): string | null {
    if (status === route.status) {
      const output = route.operation?.output;
      if (output === undefined) return 'the route declares no answer (@Returns)';
      if (output === null) return body === null || body === '' ? null : 'a body where the route declares none';
      return mismatch({ schema: output, body });
    }
    // A fault of the server (a failure the robustness suites inject) is no answer a route declares; it must still be a problem without internals.
    if (status === 500) return mismatch({ schema: internalProblem, body });
    if (!problemStatuses(route).includes(String(status) as ProblemStatus)) return `status ${status} is not declared`;
    // SCIM routes refuse in SCIM's own format (RFC 7644 §3.12).
    const scim = route.access?.kind === 'scim';
    const problem: z.ZodType = scim ? scimErrorOutputSchema : problemsByStatus[String(status) as ProblemStatus];
    const type = scim ? 'application/scim+json' : 'application/problem+json';
    if (!contentType?.startsWith(type)) return `a ${status} answered ${contentType ?? 'no content type'}, not ${type}`;
    return mismatch({ schema: problem, body });
  }
}

function mismatch({ schema, body }: { schema: z.ZodType; body: unknown }): string | null {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), body))
    return `fields the schema does not declare: ${undeclaredPaths(parsed.data, body).join(', ')}`;
  return null;
}

function undeclaredPaths(declared: unknown, actual: unknown, at = ''): string[] {
  if (Array.isArray(actual) && Array.isArray(declared))
    return actual.flatMap((item, index) => undeclaredPaths(declared[index], item, `${at}[${index}]`)).slice(0, 5);
  if (actual && typeof actual === 'object' && declared && typeof declared === 'object') {
    return Object.entries(actual).flatMap(([key, value]) =>
      key in declared ? undeclaredPaths((declared as Record<string, unknown>)[key], value, `${at}.${key}`) : [`${at}.${key}`],
    );
  }
  return [];
}
