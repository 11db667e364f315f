import { Controller, Get, Param } from '@nestjs/common';
import { RequirePermission } from '../../auth/access.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { listUsersSchema, type ListUsersInput } from './schemas/list-users.schema.js';
import { TenantUsersService } from './tenant-users.service.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { tenantUsersOutputSchema } from './schemas/users.output.js';

@Controller(`${TENANT}/users`)
export class TenantUsersController {
  constructor(private readonly users: TenantUsersService) {}

  @Get()
  @RequirePermission('userManagement')
  @Returns(tenantUsersOutputSchema, { operationId: 'listTenantUsers', summary: 'List everyone the tenant knows' })
  list(@Param('tenantId') tenantId: string, @ValidQuery(listUsersSchema) query: ListUsersInput) {
    return this.users.list({ tenantId, ...query });
  }
}
