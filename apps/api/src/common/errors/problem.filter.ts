import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { HttpResponse } from '../http/http-types.js';
import { toProblemBody } from './problem-body.js';
import { toProblem } from './to-problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const problem = toProblem({ error });
    // Only the stack: a database error object carries the statement's parameters (emails, hashes).
    if (problem.status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : 'Non-error thrown');
    const response = host.switchToHttp().getResponse<HttpResponse>();
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(toProblemBody({ error: problem })));
  }
}
