import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { Authenticated, Platform, RequirePermission } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { API, TENANT } from '../../common/http/paths.js';
import { ValidBody } from '../../common/validation/valid-input.decorator.js';
import { createTenantSchema, type CreateTenantInput } from './schemas/create-tenant.schema.js';
import { updateSettingsSchema, type UpdateSettingsInput } from './schemas/update-settings.schema.js';
import { TenantsService } from './tenants.service.js';

@Controller()
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post(`${API}/tenants`)
  @Platform()
  create(@CurrentCaller() caller: Caller, @ValidBody(createTenantSchema) input: CreateTenantInput) {
    return this.tenants.create({ caller, input });
  }

  @Get(`${API}/tenants`)
  @Authenticated()
  mine(@CurrentCaller() caller: Caller) {
    return this.tenants.mine({ caller: signedIn({ caller }) });
  }

  @Patch(`${TENANT}/settings`)
  @RequirePermission('userManagement')
  updateSettings(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(updateSettingsSchema) input: UpdateSettingsInput) {
    return this.tenants.updateSettings({ caller: signedIn({ caller }), tenantId, input });
  }
}
