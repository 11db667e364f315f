import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { Platform } from '../../auth/access.decorator.js';
import { API } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { ScimTokensService } from './scim-tokens.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import {
  createScimTokenSchema,
  scimTokenCreatedOutputSchema,
  scimTokenListOutputSchema,
  scimTokenRevokedOutputSchema,
  type CreateScimTokenInput,
} from './schemas/scim.schema.js';

/** The platform makes, lists and revokes an organization's SCIM tokens; the secret is shown once. */
@Controller(`${API}/organizations/:orgId/scim-tokens`)
export class ScimTokensController {
  constructor(private readonly tokens: ScimTokensService) {}

  @Post()
  @Platform()
  @Returns(scimTokenCreatedOutputSchema, { operationId: 'createScimToken', summary: "Make an organization's SCIM token; its secret is shown once" })
  create(@Param('orgId') organizationId: string, @ValidBody(createScimTokenSchema) input: CreateScimTokenInput) {
    return this.tokens.create({ organizationId, input });
  }

  @Get()
  @Platform()
  @Returns(scimTokenListOutputSchema, { operationId: 'listScimTokens', summary: "An organization's SCIM tokens, without their secrets" })
  list(@Param('orgId') organizationId: string) {
    return this.tokens.list({ organizationId });
  }

  @Delete(':tokenId')
  @Platform()
  @Returns(scimTokenRevokedOutputSchema, { operationId: 'revokeScimToken', summary: 'Revoke a SCIM token at once' })
  revoke(@Param('orgId') organizationId: string, @Param('tokenId') tokenId: string) {
    return this.tokens.revoke({ organizationId, tokenId });
  }
}
