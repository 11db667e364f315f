import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** Every problem document the API answers with, by its `code` (SPEC §4). */
export type Problem = components['responses'][`Problem${400 | 401 | 403 | 404 | 409 | 413 | 415 | 503}`]['content']['application/problem+json'];
export type ProblemCode = Problem['code'];

export type LoomeClient = Client<paths>;

/**
 * A typed client of the Loome Roles API, generated from its OpenAPI document: every path, body,
 * answer and problem is typed. `token` is an API key's secret, a session token or the platform token.
 */
export function createLoomeClient({ baseUrl, token, ...options }: { baseUrl: string; token?: string } & Omit<ClientOptions, 'baseUrl'>): LoomeClient {
  const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(options.headers as Record<string, string> | undefined) };
  return createClient<paths>({ ...options, baseUrl, headers });
}
