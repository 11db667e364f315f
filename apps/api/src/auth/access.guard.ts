import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden } from '../common/errors/problem.error.js';
import { headerValue, type HttpRequest } from '../common/http/http-types.js';
import { refuseMalformedPathIds } from '../common/validation/path-ids.js';
import type { Access } from './access.js';
import { ACCESS_METADATA } from './access.decorator.js';
import { AuthorizationService } from './authorization.service.js';
import type { Caller } from './caller.js';
import { CredentialsService } from './credentials.service.js';
import { ScimTokenAdmission, type ScimRequest } from './scim-token-admission.js';

/** Global guard: denies by default when a handler declares no access. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsService,
    private readonly authorization: AuthorizationService,
    private readonly scimTokens: ScimTokenAdmission,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.get<Access | undefined>(ACCESS_METADATA, context.getHandler());
    if (!access) throw forbidden('This route declares no access and is closed');
    if (access.kind === 'scim') {
      // An organization's SCIM token, refused in SCIM's format (the SCIM controller's filter writes it).
      const request = context.switchToHttp().getRequest<ScimRequest>();
      refuseMalformedPathIds({ params: request.params });
      request.scimActor = await this.scimTokens.admit({ request });
      return true;
    }
    const request = context.switchToHttp().getRequest<HttpRequest>();
    request.caller = await admitRequest({ request, access, credentials: this.credentials, authorization: this.authorization });
    return true;
  }
}

/**
 * Who is calling, once they may call a route of this access: the guard's work, shared with the
 * fast lane so both admit exactly the same requests. Path ids are checked first, for every route.
 */
export async function admitRequest({
  request,
  access,
  credentials,
  authorization,
}: {
  request: HttpRequest;
  access: Access;
  credentials: CredentialsService;
  authorization: AuthorizationService;
}): Promise<Caller> {
  refuseMalformedPathIds({ params: request.params });
  const caller = await credentials.resolve({ request });
  await authorization.authorize({
    caller,
    access,
    tenantId: request.params.tenantId,
    method: request.method,
    origin: headerValue({ request, name: 'origin' }),
    ownOrigin: ownOriginOf({ request }),
  });
  return caller;
}

export function ownOriginOf({ request }: { request: HttpRequest }): string | undefined {
  const host = headerValue({ request, name: 'host' });
  return host ? `http://${host}` : undefined;
}
