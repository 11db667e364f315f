import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { Authenticated, Platform, RequirePermission } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { API, TENANT } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { createTenantSchema, type CreateTenantInput } from './schemas/create-tenant.schema.js';
import { updateSettingsSchema, type UpdateSettingsInput } from './schemas/update-settings.schema.js';
import { TenantsService } from './tenants.service.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { createdTenantOutputSchema, myTenantsOutputSchema, settingsOutputSchema } from './schemas/tenants.output.js';

@Controller()
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post(`${API}/tenants`)
  @Platform()
  @Returns(createdTenantOutputSchema, { operationId: 'createTenant', summary: 'Create a tenant' })
  create(@CurrentCaller() caller: Caller, @ValidBody(createTenantSchema) input: CreateTenantInput) {
    return this.tenants.create({ caller, input });
  }

  @Get(`${API}/tenants`)
  @Authenticated()
  @Returns(myTenantsOutputSchema, { operationId: 'listMyTenants', summary: 'List the tenants you belong to' })
  mine(@CurrentCaller() caller: Caller) {
    return this.tenants.mine({ caller: signedIn({ caller }) });
  }

  @Patch(`${TENANT}/settings`)
  @RequirePermission('userManagement')
  @Returns(settingsOutputSchema, { operationId: 'updateSettings', summary: 'Change tenant settings' })
  updateSettings(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(updateSettingsSchema) input: UpdateSettingsInput) {
    return this.tenants.updateSettings({ caller: signedIn({ caller }), tenantId, input });
  }
}
