import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../common/errors/problem.error.js';
import type { HttpRequest } from '../common/http/http-types.js';
import type { Caller, SignedInCaller } from './caller.js';

/** The caller the guard resolved. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  return context.switchToHttp().getRequest<HttpRequest>().caller ?? { kind: 'anonymous' };
});

export function signedIn({ caller }: { caller: Caller }): SignedInCaller {
  if (caller.kind !== 'user' && caller.kind !== 'apiKey') throw unauthenticated();
  return caller;
}
