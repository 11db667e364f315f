import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { sendScimError } from '../../modules/scim/scim-error.js';
import { sendProblem, type ProblemResponse } from './send-problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ProblemResponse>();
    const logError = (text: string) => this.logger.error(text);
    // Anything under /scim that reaches no SCIM handler (an unknown path, say) still answers in SCIM's format.
    if (host.switchToHttp().getRequest<{ url?: string }>().url?.startsWith('/scim/')) return sendScimError({ response, error, logError });
    sendProblem({ response, error, logError });
  }
}
