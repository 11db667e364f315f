import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { Platform } from '../../auth/access.decorator.js';
import { API } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { ScimTokensService } from './scim-tokens.js';
import { createScimTokenSchema, type CreateScimTokenInput } from './schemas/scim.schema.js';

/** The platform makes, lists and revokes an organization's SCIM tokens; the secret is shown once. */
@Controller(`${API}/organizations/:orgId/scim-tokens`)
export class ScimTokensController {
  constructor(private readonly tokens: ScimTokensService) {}

  @Post()
  @Platform()
  create(@Param('orgId') organizationId: string, @ValidBody(createScimTokenSchema) input: CreateScimTokenInput) {
    return this.tokens.create({ organizationId, input });
  }

  @Get()
  @Platform()
  list(@Param('orgId') organizationId: string) {
    return this.tokens.list({ organizationId });
  }

  @Delete(':tokenId')
  @Platform()
  revoke(@Param('orgId') organizationId: string, @Param('tokenId') tokenId: string) {
    return this.tokens.revoke({ organizationId, tokenId });
  }
}
