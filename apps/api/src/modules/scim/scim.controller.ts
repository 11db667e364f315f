import { Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Req, Res, UseFilters } from '@nestjs/common';
import { ScimToken } from '../../auth/access.decorator.js';
import { headerValue, type HttpRequest } from '../../common/http/http-types.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { resourceTypes, schemas, serviceProviderConfig } from './scim-discovery.js';
import { SCIM_CONTENT_TYPE, ScimErrorFilter } from './scim-error.js';
import { ScimGroupsService } from './scim-groups.service.js';
import type { ScimRequest } from '../../auth/scim-token-admission.js';
import { ScimUsersService } from './scim-users.service.js';
import {
  scimGetQuerySchema,
  scimGroupSchema,
  scimListQuerySchema,
  scimPatchSchema,
  scimUserSchema,
  type ScimGetQuery,
  type ScimGroupInput,
  type ScimListQuery,
  type ScimPatchInput,
  type ScimUserInput,
} from './schemas/scim.schema.js';

export const SCIM_BASE = 'scim/v2/organizations/:orgId';

/** Where this organization's resources live, as the client reached them (meta.location). */
function baseOf(request: HttpRequest): string {
  const protocol = headerValue({ request, name: 'x-forwarded-proto' }) ?? 'http';
  return `${protocol}://${headerValue({ request, name: 'host' }) ?? 'localhost'}/scim/v2/organizations/${encodeURIComponent(request.params.orgId!)}`;
}

/**
 * SCIM 2.0 (RFC 7643, RFC 7644) for one organization's directory: REST only, never tRPC or the
 * portals. Admitted by the organization's SCIM token (access `scim`, see ScimTokenAdmission);
 * errors, the token's refusal included, leave in SCIM's format.
 */
@Controller(SCIM_BASE)
@UseFilters(ScimErrorFilter)
export class ScimController {
  constructor(
    private readonly users: ScimUsersService,
    private readonly groups: ScimGroupsService,
  ) {}

  @Get('ServiceProviderConfig')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  serviceProviderConfig(@Req() request: ScimRequest) {
    return serviceProviderConfig({ base: baseOf(request) });
  }

  @Get('ResourceTypes')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceTypes(@Req() request: ScimRequest) {
    return resourceTypes({ base: baseOf(request) });
  }

  @Get('Schemas')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  schemas(@Req() request: ScimRequest) {
    return schemas({ base: baseOf(request) });
  }

  @Get('Users')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  listUsers(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidQuery(scimListQuerySchema) query: ScimListQuery) {
    return this.users.list({ organizationId, base: baseOf(request), query });
  }

  @Post('Users')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  createUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidBody(scimUserSchema) input: ScimUserInput) {
    return this.users.create({ organizationId, base: baseOf(request), actor: request.scimActor, input });
  }

  @Get('Users/:userId')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  getUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('userId') id: string, @ValidQuery(scimGetQuerySchema) _query: ScimGetQuery) {
    return this.users.get({ organizationId, base: baseOf(request), id });
  }

  @Put('Users/:userId')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  replaceUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('userId') id: string, @ValidBody(scimUserSchema) input: ScimUserInput) {
    return this.users.replace({ organizationId, base: baseOf(request), actor: request.scimActor, id, input });
  }

  @Patch('Users/:userId')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  patchUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('userId') id: string, @ValidBody(scimPatchSchema) input: ScimPatchInput) {
    return this.users.patch({ organizationId, base: baseOf(request), actor: request.scimActor, id, operations: input.Operations });
  }

  @Delete('Users/:userId')
  @ScimToken()
  @HttpCode(204)
  async deleteUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('userId') id: string): Promise<void> {
    await this.users.remove({ organizationId, actor: request.scimActor, id });
  }

  @Get('Groups')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  listGroups(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidQuery(scimListQuerySchema) query: ScimListQuery) {
    return this.groups.list({ organizationId, base: baseOf(request), query });
  }

  @Post('Groups')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  createGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidBody(scimGroupSchema) input: ScimGroupInput) {
    return this.groups.create({ organizationId, base: baseOf(request), actor: request.scimActor, input });
  }

  @Get('Groups/:groupId')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  getGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('groupId') id: string, @ValidQuery(scimGetQuerySchema) query: ScimGetQuery) {
    return this.groups.get({ organizationId, base: baseOf(request), id, query });
  }

  @Put('Groups/:groupId')
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  replaceGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('groupId') id: string, @ValidBody(scimGroupSchema) input: ScimGroupInput) {
    return this.groups.replace({ organizationId, base: baseOf(request), actor: request.scimActor, id, input });
  }

  /** 204 without a body, as RFC 7644 §3.5.2 allows and Entra expects. */
  @Patch('Groups/:groupId')
  @ScimToken()
  @HttpCode(204)
  async patchGroup(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('groupId') id: string,
    @ValidBody(scimPatchSchema) input: ScimPatchInput,
    @Res({ passthrough: true }) _response: unknown,
  ): Promise<void> {
    await this.groups.patch({ organizationId, base: baseOf(request), actor: request.scimActor, id, operations: input.Operations });
  }

  @Delete('Groups/:groupId')
  @ScimToken()
  @HttpCode(204)
  async deleteGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('groupId') id: string): Promise<void> {
    await this.groups.remove({ organizationId, actor: request.scimActor, id });
  }
}
