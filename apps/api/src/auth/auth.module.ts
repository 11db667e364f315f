import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TenantsModule } from '../modules/tenants/tenants.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthorizationService } from './authorization.service.js';
import { CredentialsRepository } from './credentials.repository.js';
import { CredentialsService } from './credentials.service.js';
import { DirectoryStandingsRepository } from './directory-standings.repository.js';
import { OidcClientService } from './oidc/oidc-client.service.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';
import { SignInAttemptsRepository } from './oidc/sign-in-attempts.repository.js';
import { ScimTokenAdmission } from './scim-token-admission.js';
import { ScimTokensRepository } from './scim-tokens.repository.js';
import { SignInGate } from './sign-in-gate.js';
import { SignInService } from './sign-in.service.js';

@Global()
@Module({
  imports: [TenantsModule, UsersModule],
  controllers: [AuthController],
  providers: [
    CredentialsRepository,
    CredentialsService,
    AuthorizationService,
    SignInService,
    SignInAttemptsRepository,
    OidcClientService,
    OidcSignInService,
    DirectoryStandingsRepository,
    SignInGate,
    ScimTokensRepository,
    ScimTokenAdmission,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [CredentialsService, AuthorizationService, SignInService, OidcSignInService, SignInGate, ScimTokensRepository],
})
export class AuthModule {}
