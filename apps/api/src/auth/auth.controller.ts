import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { API } from '../common/http/paths.js';
import type { HttpResponse } from '../common/http/http-types.js';
import { ValidBody } from '../common/validation/valid-input.decorator.js';
import { Public } from './access.decorator.js';
import { SESSION_COOKIE } from './credentials.service.js';
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
}
