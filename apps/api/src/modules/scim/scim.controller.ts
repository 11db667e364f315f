import { Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Req, Res, UseFilters } from '@nestjs/common';
import { ScimToken } from '../../auth/access.decorator.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { headerValue, type HttpRequest } from '../../common/http/http-types.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { resourceTypes, schemas, serviceProviderConfig } from './scim-discovery.js';
import { SCIM_CONTENT_TYPE, ScimErrorFilter } from './scim-error.js';
import { ScimGroupsService } from './scim-groups.service.js';
import type { ScimRequest } from '../../auth/scim-token-admission.js';
import { ScimUsersService } from './scim-users.service.js';
import {
  scimDiscoveryOutputSchema,
  scimGetQuerySchema,
  scimGroupOutputSchema,
  scimGroupSchema,
  scimListOutputSchema,
  scimListQuerySchema,
  scimPatchSchema,
  scimUserOutputSchema,
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
  @Returns(scimDiscoveryOutputSchema, { operationId: 'getScimServiceProviderConfig', summary: 'What this SCIM endpoint supports' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  serviceProviderConfig(@Req() request: ScimRequest) {
    return serviceProviderConfig({ base: baseOf(request) });
  }

  @Get('ResourceTypes')
  @Returns(scimDiscoveryOutputSchema, { operationId: 'listScimResourceTypes', summary: 'The SCIM resource types: User and Group' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceTypes(@Req() request: ScimRequest) {
    return resourceTypes({ base: baseOf(request) });
  }

  @Get('Schemas')
  @Returns(scimDiscoveryOutputSchema, { operationId: 'listScimSchemas', summary: 'The SCIM schemas of User, Group and the enterprise extension' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  schemas(@Req() request: ScimRequest) {
    return schemas({ base: baseOf(request) });
  }

  @Get('Users')
  @Returns(scimListOutputSchema, { operationId: 'listScimUsers', summary: "List or filter the organization's users (SCIM)" })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  listUsers(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidQuery(scimListQuerySchema) query: ScimListQuery) {
    return this.users.list({ organizationId, base: baseOf(request), query });
  }

  @Post('Users')
  @Returns(scimUserOutputSchema, { operationId: 'createScimUser', summary: 'Provision a user (SCIM)' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  createUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidBody(scimUserSchema) input: ScimUserInput) {
    return this.users.create({ organizationId, base: baseOf(request), actor: request.scimActor, input });
  }

  @Get('Users/:userId')
  @Returns(scimUserOutputSchema, { operationId: 'getScimUser', summary: 'One provisioned user (SCIM)' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  getUser(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('userId') id: string,
    @ValidQuery(scimGetQuerySchema) _query: ScimGetQuery,
  ) {
    return this.users.get({ organizationId, base: baseOf(request), id });
  }

  @Put('Users/:userId')
  @Returns(scimUserOutputSchema, { operationId: 'replaceScimUser', summary: "Replace a user's attributes (SCIM)" })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  replaceUser(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('userId') id: string,
    @ValidBody(scimUserSchema) input: ScimUserInput,
  ) {
    return this.users.replace({ organizationId, base: baseOf(request), actor: request.scimActor, id, input });
  }

  @Patch('Users/:userId')
  @Returns(scimUserOutputSchema, { operationId: 'patchScimUser', summary: "Change a user's attributes, active included (SCIM)" })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  patchUser(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('userId') id: string,
    @ValidBody(scimPatchSchema) input: ScimPatchInput,
  ) {
    return this.users.patch({ organizationId, base: baseOf(request), actor: request.scimActor, id, operations: input.Operations });
  }

  @Delete('Users/:userId')
  @Returns(null, { operationId: 'deleteScimUser', summary: 'Deprovision a user; their grants are kept (SCIM)' })
  @ScimToken()
  @HttpCode(204)
  async deleteUser(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('userId') id: string): Promise<void> {
    await this.users.remove({ organizationId, actor: request.scimActor, id });
  }

  @Get('Groups')
  @Returns(scimListOutputSchema, { operationId: 'listScimGroups', summary: "List or filter the organization's groups (SCIM)" })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  listGroups(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidQuery(scimListQuerySchema) query: ScimListQuery) {
    return this.groups.list({ organizationId, base: baseOf(request), query });
  }

  @Post('Groups')
  @Returns(scimGroupOutputSchema, { operationId: 'createScimGroup', summary: 'Provision a group (SCIM)' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  createGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @ValidBody(scimGroupSchema) input: ScimGroupInput) {
    return this.groups.create({ organizationId, base: baseOf(request), actor: request.scimActor, input });
  }

  @Get('Groups/:groupId')
  @Returns(scimGroupOutputSchema, { operationId: 'getScimGroup', summary: 'One provisioned group (SCIM)' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  getGroup(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('groupId') id: string,
    @ValidQuery(scimGetQuerySchema) query: ScimGetQuery,
  ) {
    return this.groups.get({ organizationId, base: baseOf(request), id, query });
  }

  @Put('Groups/:groupId')
  @Returns(scimGroupOutputSchema, { operationId: 'replaceScimGroup', summary: 'Replace a group and its members (SCIM)' })
  @ScimToken()
  @Header('content-type', SCIM_CONTENT_TYPE)
  replaceGroup(
    @Req() request: ScimRequest,
    @Param('orgId') organizationId: string,
    @Param('groupId') id: string,
    @ValidBody(scimGroupSchema) input: ScimGroupInput,
  ) {
    return this.groups.replace({ organizationId, base: baseOf(request), actor: request.scimActor, id, input });
  }

  /** 204 without a body, as RFC 7644 §3.5.2 allows and Entra expects. */
  @Patch('Groups/:groupId')
  @Returns(null, { operationId: 'patchScimGroup', summary: "Add or remove a group's members, or rename it (SCIM)" })
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
  @Returns(null, { operationId: 'deleteScimGroup', summary: 'Deprovision a group (SCIM)' })
  @ScimToken()
  @HttpCode(204)
  async deleteGroup(@Req() request: ScimRequest, @Param('orgId') organizationId: string, @Param('groupId') id: string): Promise<void> {
    await this.groups.remove({ organizationId, actor: request.scimActor, id });
  }
}
