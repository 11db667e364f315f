import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { ZodError } from 'zod';
import { ProblemError } from '../../common/errors/problem.error.js';
import { toProblem } from '../../common/errors/to-problem.js';

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** RFC 7644 §3.12 `scimType` values this endpoint answers with. */
export type ScimType = 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'invalidValue' | 'noTarget' | 'uniqueness' | 'mutability' | 'tooMany';

/** An error that leaves a SCIM route in SCIM's own format (RFC 7644 §3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }
}

export const scimInvalid = (scimType: ScimType, detail: string) => new ScimError(400, detail, scimType);
export const scimNotFound = (what: string) => new ScimError(404, `${what} not found`);
export const scimUnauthorized = () => new ScimError(401, 'Send a valid SCIM bearer token of this organization');

/** PostgreSQL's unique violation, SQLite's unique or primary-key constraint: two requests made the same resource at once. */
function uniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, driverError } = current as { code?: unknown; driverError?: unknown };
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
    current = driverError;
  }
  return false;
}

/** Anything thrown on a SCIM route as a SCIM error: bad input is 4xx, the database's overload 503, never a stack. */
export function toScimError({ error }: { error: unknown }): ScimError {
  if (error instanceof ScimError) return error;
  if (uniqueViolation(error)) return new ScimError(409, 'A resource with these values was made at the same time', 'uniqueness');
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    const unknownKeys = error.issues.some((candidate) => candidate.code === 'unrecognized_keys');
    return scimInvalid(unknownKeys ? 'invalidPath' : 'invalidValue', `The request is not valid${where}: ${issue?.message ?? 'invalid'}`);
  }
  const problem = error instanceof ProblemError ? error : toProblem({ error });
  // The zod pipe's refusal of a body or query: an unknown attribute is a path this resource does not have.
  const issues =
    problem.code === 'VALIDATION' && problem.status === 400 ? (problem.extra.issues as { path: string[]; message: string }[] | undefined) : undefined;
  if (issues && issues.length > 0) {
    const unknown = issues.some((issue) => /unrecognized key/i.test(issue.message));
    const [first] = issues;
    return scimInvalid(
      unknown ? 'invalidPath' : 'invalidValue',
      `The request is not valid${first!.path.length > 0 ? ` at ${first!.path.join('.')}` : ''}: ${first!.message}`,
    );
  }
  const scimType: ScimType | undefined = problem.status === 400 ? 'invalidSyntax' : problem.code === 'CONFLICT' ? 'uniqueness' : undefined;
  return new ScimError(problem.status, problem.detail, scimType);
}

export interface ScimResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

export function sendScimError({ response, error, logError }: { response: ScimResponse; error: unknown; logError?: (text: string) => void }): void {
  const scim = toScimError({ error });
  if (scim.status >= 500 && scim.status !== 503) logError?.(error instanceof Error ? (error.stack ?? error.message) : 'Non-error thrown');
  response.statusCode = scim.status;
  response.setHeader('content-type', SCIM_CONTENT_TYPE);
  if (scim.status === 503) response.setHeader('retry-after', '1');
  response.end(
    JSON.stringify({ schemas: [SCIM_ERROR_SCHEMA], status: String(scim.status), ...(scim.scimType ? { scimType: scim.scimType } : {}), detail: scim.detail }),
  );
}

/** The SCIM controller's filter: its errors never leave as problem documents. */
@Catch()
export class ScimErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(error: unknown, host: ArgumentsHost): void {
    sendScimError({ response: host.switchToHttp().getResponse<ScimResponse>(), error, logError: (text) => this.logger.error(text) });
  }
}
