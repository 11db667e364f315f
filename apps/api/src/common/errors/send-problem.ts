import { problemHeaders, toProblemBody } from './problem-body.js';
import { toProblem } from './to-problem.js';

/** What writing a problem needs of a response: Express's response and Node's own both have it. */
export interface ProblemResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/**
 * Answers anything thrown while handling a request as `application/problem+json`. Every way a
 * request can fail (body reading, Nest's filter, the fast lane) ends here, so all answer alike.
 */
export function sendProblem({ response, error, logError }: { response: ProblemResponse; error: unknown; logError?: (text: string) => void }): void {
  const problem = toProblem({ error });
  // Only the stack: a database error object carries the statement's parameters (emails, hashes).
  // An overloaded service answers many requests alike; a stack each would only add to its load.
  if (problem.code === 'UNAVAILABLE') logError?.(`UNAVAILABLE: ${error instanceof Error ? error.message : 'the database is busy'}`);
  else if (problem.status >= 500) logError?.(error instanceof Error ? (error.stack ?? error.message) : 'Non-error thrown');
  response.statusCode = problem.status;
  response.setHeader('content-type', 'application/problem+json; charset=utf-8');
  for (const [name, value] of Object.entries(problemHeaders({ error: problem }))) response.setHeader(name, value);
  response.end(JSON.stringify(toProblemBody({ error: problem })));
}
