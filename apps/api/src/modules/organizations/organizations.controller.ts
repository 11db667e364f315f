import { Controller, Param, Post, Put } from '@nestjs/common';
import { Platform } from '../../auth/access.decorator.js';
import { API } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { OrganizationsService } from './organizations.service.js';
import { createOrganizationSchema, type CreateOrganizationInput } from './schemas/create-organization.schema.js';
import { replaceDirectorySchema, type ReplaceDirectoryInput } from './schemas/replace-directory.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { organizationOutputSchema, replacedDirectoryOutputSchema } from './schemas/organizations.output.js';

@Controller(`${API}/organizations`)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Platform()
  @Returns(organizationOutputSchema, { operationId: 'createOrganization', summary: 'Create an organization' })
  create(@ValidBody(createOrganizationSchema) input: CreateOrganizationInput) {
    return this.organizations.create({ input });
  }

  @Put(':orgId/directory')
  @Platform()
  @Returns(replacedDirectoryOutputSchema, { operationId: 'replaceDirectory', summary: 'Replace the directory of an organization' })
  replaceDirectory(@Param('orgId') organizationId: string, @ValidBody(replaceDirectorySchema) input: ReplaceDirectoryInput) {
    return this.organizations.replaceDirectory({ organizationId, input });
  }
}
