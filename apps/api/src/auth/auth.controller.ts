import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { API } from '../common/http/paths.js';
import type { HttpResponse } from '../common/http/http-types.js';
import { ValidBody } from '../common/validation/valid-input.decorator.js';
import { Authenticated, Public } from './access.decorator.js';
import type { Caller } from './caller.js';
import { SESSION_COOKIE } from './credentials.service.js';
import { CurrentCaller, signedIn } from './current-caller.decorator.js';
import { devLoginSchema, type DevLoginInput } from './schemas/dev-login.schema.js';
import { SignInService } from './sign-in.service.js';

@Controller(`${API}/auth`)
export class AuthController {
  constructor(private readonly signIn: SignInService) {}

  @Post('dev-login')
  @HttpCode(200)
  @Public()
  async devLogin(@ValidBody(devLoginSchema) input: DevLoginInput, @Res({ passthrough: true }) response: HttpResponse) {
    const session = await this.signIn.devLogin({ email: input.email });
    response.cookie?.(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 14 * 86_400_000 });
    return { token: session.token, userId: session.userId, email: session.email };
  }

  @Post('sign-out')
  @HttpCode(204)
  @Authenticated()
  async signOut(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: HttpResponse): Promise<void> {
    await this.signIn.signOut({ caller: signedIn({ caller }) });
    response.clearCookie?.(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
  }
}
