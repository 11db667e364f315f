import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import { admitRequest } from '../../auth/access.guard.js';
import { AuthorizationService } from '../../auth/authorization.service.js';
import type { Caller } from '../../auth/caller.js';
import { CredentialsService } from '../../auth/credentials.service.js';
import { sendProblem } from '../errors/send-problem.js';
import { listRoutes, type RouteEntry } from '../routes/route-registry.js';
import { ZodPipe } from '../validation/zod.pipe.js';
import type { HttpRequest } from './http-types.js';
import type { JsonBodyReader } from './json-body.middleware.js';

/** A declared Nest route the fast lane also serves, and the work its handler does. */
export interface FastRoute<Body = unknown> {
  /** `Controller.method` of the declared route: its method, path, access, body schema, status and headers are read from it. */
  handler: string;
  /** The handler's work for an admitted caller and a valid body, as the answer's text. */
  answerWith(app: INestApplication): (input: { caller: Caller; params: Record<string, string>; body: Body }) => Promise<string>;
}

interface Lane {
  method: string;
  pattern: RegExp;
  names: string[];
  serve(request: IncomingMessage, response: ServerResponse, params: Record<string, string>): void;
}

/**
 * Serves a few hot routes straight from Node's server, ahead of Express and Nest's pipeline,
 * which cost a `check/batch` about half of its time. A lane does exactly what the declared route
 * does — the same body reading, guard, schema, handler work and problem answers — and takes only
 * the route's plain form: a query string, an escaped parameter, another method or a trailing
 * slash go on to Express, where the declared route answers them as before.
 */
export function serveFastLane({ app, routes, readJsonBody }: { app: INestApplication; routes: readonly FastRoute[]; readJsonBody: JsonBodyReader }): void {
  const server = app.getHttpServer() as Server;
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`The fast lane expects one request listener (Express), found ${listeners.length}`);
  const [express] = listeners as [RequestListener];
  const declared = listRoutes({ app });
  const lanes = routes.map((route) => laneFor({ app, route, declared, readBody: readJsonBody }));
  server.removeListener('request', express);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    for (const lane of lanes) {
      if (request.method !== lane.method) continue;
      const match = lane.pattern.exec(request.url ?? '');
      if (!match) continue;
      return lane.serve(request, response, Object.fromEntries(lane.names.map((name, index) => [name, match[index + 1]!])));
    }
    express(request, response);
  });
}

function laneFor({ app, route, declared, readBody }: { app: INestApplication; route: FastRoute; declared: RouteEntry[]; readBody: JsonBodyReader }): Lane {
  const entry = declared.find((candidate) => candidate.handler === route.handler);
  if (!entry) throw new Error(`The fast lane names ${route.handler}, which declares no route`);
  // Deny by default holds here too: a route that declares no access is never served fast.
  const { access } = entry;
  if (!access) throw new Error(`${route.handler} declares no access`);
  if (entry.query) throw new Error(`${route.handler} reads a query; the fast lane serves only routes without one`);
  const { status, headers } = entry;
  const pipe = entry.body ? new ZodPipe(entry.body, 'body') : null;
  const credentials = app.get(CredentialsService);
  const authorization = app.get(AuthorizationService);
  const answer = route.answerWith(app);
  const logger = new Logger('Problem');
  const names: string[] = [];
  const source = entry.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/?#%]+)';
    })
    .join('/');
  return {
    method: entry.method,
    pattern: new RegExp(`^${source}$`),
    names,
    serve: (request, response, params) => {
      const http = Object.assign(request, { params, query: {} }) as unknown as HttpRequest;
      readBody(request, response, () => {
        void (async () => {
          const caller = await admitRequest({ request: http, access, credentials, authorization });
          const body: unknown = pipe ? pipe.transform(http.body) : undefined;
          const text = await answer({ caller, params, body });
          response.statusCode = status;
          for (const header of headers) response.setHeader(header.name, header.value);
          response.end(text);
        })().catch((error: unknown) => sendProblem({ response, error, logError: (text) => logger.error(text) }));
      });
    },
  };
}
