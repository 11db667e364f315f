import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ProblemError } from '../errors/problem.error.js';
import type { HttpRequest } from '../http/http-types.js';
import { QUERY_SCHEMA } from './valid-input.decorator.js';

/**
 * SPEC "Strict input": unknown fields are refused, never ignored. A handler that declares a query
 * schema refuses unknown parameters through it (`.strict()`); one that declares none reads no
 * query at all, so any parameter sent to it is unknown. A guard registered after the access
 * guard, not an interceptor: it runs at the same point for every caller, and without an
 * interceptor Nest skips wrapping each request in observables.
 */
@Injectable()
export class UndeclaredQueryGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() === 'http' && !Reflect.getMetadata(QUERY_SCHEMA, context.getHandler())) {
      const names = Object.keys(context.switchToHttp().getRequest<HttpRequest>().query ?? {});
      if (names.length > 0) {
        throw new ProblemError('VALIDATION', `Unknown query parameter: ${names.join(', ')}`, {
          issues: names.map((name) => ({ path: [name], message: 'This route takes no query parameters' })),
        });
      }
    }
    return true;
  }
}
