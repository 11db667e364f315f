import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { ProblemError } from '../errors/problem.error.js';
import type { HttpRequest } from '../http/http-types.js';
import { QUERY_SCHEMA } from './valid-input.decorator.js';

/**
 * SPEC "Strict input": unknown fields are refused, never ignored. A handler that declares a query
 * schema refuses unknown parameters through it (`.strict()`); one that declares none reads no
 * query at all, so any parameter sent to it is unknown.
 */
@Injectable()
export class UndeclaredQueryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && !Reflect.getMetadata(QUERY_SCHEMA, context.getHandler())) {
      const names = Object.keys(context.switchToHttp().getRequest<HttpRequest>().query ?? {});
      if (names.length > 0) {
        throw new ProblemError('VALIDATION', `Unknown query parameter: ${names.join(', ')}`, {
          issues: names.map((name) => ({ path: [name], message: 'This route takes no query parameters' })),
        });
      }
    }
    return next.handle();
  }
}
