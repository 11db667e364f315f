import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { API } from '../common/http/paths.js';
import type { HttpRequest, HttpResponse } from '../common/http/http-types.js';
import { ValidBody, ValidQuery } from '../common/validation/valid-input.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Authenticated, Public } from './access.decorator.js';
import type { Caller } from './caller.js';
import { SESSION_COOKIE } from './credentials.service.js';
import { CurrentCaller, signedIn } from './current-caller.decorator.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';
import { devLoginSchema, type DevLoginInput } from './schemas/dev-login.schema.js';
import {
  oidcCallbackSchema,
  oidcSignOutSchema,
  oidcStartSchema,
  signInMethodSchema,
  type OidcCallbackInput,
  type OidcSignOutInput,
  type OidcStartInput,
} from './schemas/oidc.schema.js';
import { SignInService } from './sign-in.service.js';
import { Returns } from '../common/contract/returns.decorator.js';
import {
  oidcCallbackOutputSchema,
  oidcSignOutOutputSchema,
  oidcStartOutputSchema,
  signInMethodOutputSchema,
  signedInOutputSchema,
} from './schemas/oidc.schema.js';

@Controller(`${API}/auth`)
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signIn: SignInService,
    private readonly oidc: OidcSignInService,
  ) {}

  @Post('dev-login')
  @HttpCode(200)
  @Public()
  @Returns(signedInOutputSchema, { operationId: 'devLogin', summary: 'Sign in as an email (dev mode only)' })
  async devLogin(@ValidBody(devLoginSchema) input: DevLoginInput, @Req() request: HttpRequest, @Res({ passthrough: true }) response: HttpResponse) {
    const session = await this.signIn.devLogin({ email: input.email });
    // The cookie lives no longer than the session; Secure whenever the API is reached over https.
    response.cookie?.(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure === true,
      path: '/',
      maxAge: this.config.sessions.maxSeconds * 1000,
    });
    return { token: session.token, userId: session.userId, email: session.email };
  }

  /** How the portals sign people in here: dev sign-in, or "Sign in with <provider>". */
  @Get('sign-in-method')
  @Public()
  @Returns(signInMethodOutputSchema, { operationId: 'getSignInMethod', summary: 'How this API signs users in' })
  signInMethod(@ValidQuery(signInMethodSchema) _query: Record<string, never>) {
    return this.oidc.method();
  }

  /** Begins an OpenID sign-in: the provider's authorization URL and the state for the browser's cookie. */
  @Post('oidc/start')
  @HttpCode(200)
  @Public()
  @Returns(oidcStartOutputSchema, { operationId: 'startOidcSignIn', summary: 'Start an OpenID Connect sign-in' })
  oidcStart(@ValidBody(oidcStartSchema) input: OidcStartInput) {
    return this.oidc.start(input);
  }

  /** Finishes an OpenID sign-in once, from the URL the provider sent the browser back to. */
  @Post('oidc/callback')
  @HttpCode(200)
  @Public()
  @Returns(oidcCallbackOutputSchema, { operationId: 'finishOidcSignIn', summary: 'Finish an OpenID Connect sign-in' })
  oidcCallback(@ValidBody(oidcCallbackSchema) input: OidcCallbackInput) {
    return this.oidc.finish(input);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Authenticated()
  @Returns(null, { operationId: 'signOut', summary: 'Sign out' })
  async signOut(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: HttpResponse): Promise<void> {
    await this.signIn.signOut({ caller: signedIn({ caller }) });
    response.clearCookie?.(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
  }

  /** Signs out here and answers where to end the provider's session too (null when it offers no sign-out). */
  @Post('oidc/sign-out')
  @HttpCode(200)
  @Authenticated()
  @Returns(oidcSignOutOutputSchema, { operationId: 'oidcSignOut', summary: 'Sign out, also at the identity provider' })
  async oidcSignOut(
    @ValidBody(oidcSignOutSchema) input: OidcSignOutInput,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: HttpResponse,
  ) {
    const answer = await this.oidc.signOut({ caller: signedIn({ caller }), postLogoutRedirectUri: input.postLogoutRedirectUri });
    response.clearCookie?.(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
    return answer;
  }
}
