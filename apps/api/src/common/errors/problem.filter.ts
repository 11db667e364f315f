import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { sendProblem, type ProblemResponse } from './send-problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    sendProblem({ response: host.switchToHttp().getResponse<ProblemResponse>(), error, logError: (text) => this.logger.error(text) });
  }
}
