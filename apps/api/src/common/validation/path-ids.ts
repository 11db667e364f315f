import { ProblemError } from '../errors/problem.error.js';
import { idSchema } from './common.schema.js';

/**
 * Every id a route's path carries (`:tenantId`, `:groupId`, …), checked once for every route
 * before anything reads it — credentials look sessions up by tenant, services by id — with the
 * rule every input id follows. A NUL, which PostgreSQL cannot compare, or a 10,000-character id
 * is bad input, answered VALIDATION, never a database error.
 */
export function refuseMalformedPathIds({ params }: { params: Record<string, unknown> | undefined }): void {
  const issues = Object.entries(params ?? {})
    .filter(([, value]) => !idSchema.safeParse(value).success)
    .map(([name]) => ({ path: [name], message: 'must be an id of 1 to 200 characters without NUL' }));
  if (issues.length > 0) throw new ProblemError('VALIDATION', `Not a valid id: ${issues.map((issue) => issue.path[0]).join(', ')}`, { issues });
}
