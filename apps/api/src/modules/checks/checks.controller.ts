import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { ChecksService } from './checks.service.js';
import { checkBatchSchema, checkSchema, type CheckBatchInput, type CheckInput } from './schemas/check.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { checkBatchOutputSchema, checkOutputSchema, meOutputSchema } from './schemas/checks.output.js';

@Controller(TENANT)
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Post('check')
  @HttpCode(200)
  @Header('content-type', 'application/json; charset=utf-8')
  @TenantMember()
  @Returns(checkOutputSchema, { operationId: 'check', summary: 'Check one permission' })
  check(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(checkSchema) check: CheckInput) {
    return this.checks.check({ caller: signedIn({ caller }), tenantId, check });
  }

  @Post('check/batch')
  @HttpCode(200)
  @Header('content-type', 'application/json; charset=utf-8')
  @TenantMember()
  @Returns(checkBatchOutputSchema, { operationId: 'checkBatch', summary: 'Check up to 1,000 permissions in one call' })
  async batch(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(checkBatchSchema) body: CheckBatchInput) {
    return this.checks.batchJson({ caller: signedIn({ caller }), tenantId, checks: body.checks });
  }

  @Get('me')
  @TenantMember()
  @Returns(meOutputSchema, { operationId: 'getMe', summary: 'Your roles, permissions and why you hold each' })
  me(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string) {
    return this.checks.me({ caller: signedIn({ caller }), tenantId });
  }
}
