import type { INestApplication } from '@nestjs/common';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { AuthorizationService } from '../auth/authorization.service.js';
import { ownOriginOf } from '../auth/access.guard.js';
import { CredentialsService } from '../auth/credentials.service.js';
import { OidcSignInService } from '../auth/oidc/oidc-sign-in.service.js';
import { SignInService } from '../auth/sign-in.service.js';
import { problemHeaders } from '../common/errors/problem-body.js';
import { headerValue, type HttpRequest } from '../common/http/http-types.js';
import { ApiKeysService } from '../modules/api-keys/api-keys.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { ChecksService } from '../modules/checks/checks.service.js';
import { InvitationsService } from '../modules/invitations/invitations.service.js';
import { LegacyService } from '../modules/legacy/legacy.service.js';
import { ReferencesService } from '../modules/monitor-references/references.service.js';
import { NotificationsService } from '../modules/notifications/notifications.service.js';
import { DirectoryService } from '../modules/organizations/directory.service.js';
import { PreviewsService } from '../modules/previews/previews.service.js';
import { ProductsService } from '../modules/products/products.service.js';
import { ProjectsService } from '../modules/projects/projects.service.js';
import { RolesService } from '../modules/roles/roles.service.js';
import { TenantsService } from '../modules/tenants/tenants.service.js';
import { TenantUsersService } from '../modules/users/tenant-users.service.js';
import type { AppServices } from './app-services.js';
import { appRouter } from './app-router.js';
import { problemOfTrpcError } from './trpc.js';
import { trpcTransport } from './trpc-transport.js';

/** Serves the tRPC router at /trpc with the Nest services; call before `app.init()`. */
export function mountTrpc({ app, bodyLimitBytes }: { app: INestApplication; bodyLimitBytes: number }): void {
  const get = <T>(token: new (...args: never[]) => T): T => app.get(token, { strict: false });
  const services: AppServices = {
    authorization: get(AuthorizationService),
    signIn: get(SignInService),
    oidcSignIn: get(OidcSignInService),
    products: get(ProductsService),
    tenants: get(TenantsService),
    roles: get(RolesService),
    directory: get(DirectoryService),
    users: get(TenantUsersService),
    invitations: get(InvitationsService),
    checks: get(ChecksService),
    apiKeys: get(ApiKeysService),
    projects: get(ProjectsService),
    references: get(ReferencesService),
    notifications: get(NotificationsService),
    legacy: get(LegacyService),
    audit: get(AuditService),
    previews: get(PreviewsService),
  };
  const credentials = get(CredentialsService);
  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      middleware: trpcTransport({ limitBytes: bodyLimitBytes }),
      createContext: async ({ req }) => {
        const request = req as unknown as HttpRequest;
        return {
          caller: await credentials.resolve({ request }),
          origin: headerValue({ request, name: 'origin' }),
          ownOrigin: ownOriginOf({ request }),
          services,
        };
      },
      // Every answer is JSON, also a refusal made before tRPC knows the call (which it would send as
      // text/plain). A busy database answers 503 with Retry-After here as on REST, even when it
      // failed while resolving the caller (which tRPC would answer 500).
      responseMeta: ({ errors }) => {
        const json = { 'content-type': 'application/json' };
        const busy = errors.map((error) => problemOfTrpcError({ error })).filter((problem) => problem?.code === 'UNAVAILABLE');
        if (busy.length === 0) return { headers: json };
        const headers = { ...json, ...problemHeaders({ error: busy[0]! }) };
        return busy.length === errors.length ? { status: 503, headers } : { headers };
      },
    }),
  );
}
