import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { notFound } from '../errors/problem.error.js';
import type { HttpRequest } from './http-types.js';

/**
 * For routes that change the parent of other routes (renaming or deleting a project): a client
 * that resolves dot segments, as every URL parser does, sends `…/projects/P/members/..` as
 * `…/projects/P/`. Express would match that to the project itself, so a bad member id would
 * become a change to the whole project. A path ending in a slash is answered as no such route.
 */
@Injectable()
export class ExactPathGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const [path = ''] = (request.originalUrl ?? request.url).split('?');
    if (path.length > 1 && path.endsWith('/')) throw notFound('Route');
    return true;
  }
}
