import type { ApiClient, ApiResponse } from '../harness/api-client.js';
import type { ProcedureExpectation } from './walk-expectations.js';
import type { WalkRequest } from './walk-requests.js';

export function restPath({ path, tenantId, request }: { path: string; tenantId: string; request: WalkRequest }): string {
  const params: Record<string, string> = { tenantId, ...request.params };
  const filled = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${path}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${filled}?${query}` : filled;
}

export function callRest({
  http,
  method,
  path,
  tenantId,
  request,
  token,
}: {
  http: ApiClient;
  method: string;
  path: string;
  tenantId: string;
  request: WalkRequest;
  token?: string;
}): Promise<ApiResponse> {
  return http.request(method, restPath({ path, tenantId, request }), request.body, { token });
}

export function procedureInput({ expectation, tenantId, request }: { expectation: ProcedureExpectation; tenantId: string; request: WalkRequest }): unknown {
  const scoped = expectation.walkIn === null ? {} : { tenantId };
  switch (expectation.input ?? 'merged') {
    case 'none':
      return undefined;
    case 'check':
      return { ...scoped, check: request.body };
    case 'migration':
      return { ...scoped, dryRun: request.query?.dryRun !== 'false' };
    case 'merged':
      return { ...scoped, ...request.params, ...request.query, ...(request.body as object | undefined) };
  }
}

/** A tRPC call over HTTP as a portal makes it: queries by GET with `?input=`, mutations by POST. */
export function callProcedure({
  http,
  procedure,
  expectation,
  tenantId,
  request,
  token,
}: {
  http: ApiClient;
  procedure: string;
  expectation: ProcedureExpectation;
  tenantId: string;
  request: WalkRequest;
  token?: string;
}): Promise<ApiResponse> {
  const input = procedureInput({ expectation, tenantId, request });
  if (expectation.type === 'query') {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return http.request('GET', `/trpc/${procedure}${query}`, undefined, { token });
  }
  return http.request('POST', `/trpc/${procedure}`, input ?? {}, { token });
}
