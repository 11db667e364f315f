import { Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { RequirePermission, TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { LegacyService } from './legacy.service.js';
import {
  createDepartmentSchema,
  legacyChangeRoleSchema,
  legacyInviteSchema,
  legacyMigrationQuerySchema,
  listLegacyUsersSchema,
  setDepartmentMembersSchema,
  type CreateDepartmentInput,
  type LegacyChangeRoleInput,
  type LegacyInviteInput,
  type LegacyMigrationQuery,
  type ListLegacyUsersInput,
  type SetDepartmentMembersInput,
} from './schemas/legacy.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import {
  departmentListOutputSchema,
  departmentMembersOutputSchema,
  departmentOutputSchema,
  legacyChangeRoleOutputSchema,
  legacyInviteOutputSchema,
  legacyMigrationOutputSchema,
  legacyRemoveOutputSchema,
  legacyUsersOutputSchema,
} from './schemas/legacy.output.js';

@Controller(TENANT)
export class LegacyController {
  constructor(private readonly legacy: LegacyService) {}

  @Get('departments')
  @RequirePermission('userManagement')
  @Returns(departmentListOutputSchema, { operationId: 'listDepartments', summary: 'List legacy departments with their members' })
  departments(@Param('tenantId') tenantId: string) {
    return this.legacy.departments({ tenantId });
  }

  @Post('departments')
  @TenantMember()
  @Returns(departmentOutputSchema, { operationId: 'createDepartment', summary: 'Create a legacy department' })
  createDepartment(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(createDepartmentSchema) input: CreateDepartmentInput) {
    return this.legacy.createDepartment({ caller: signedIn({ caller }), tenantId, input });
  }

  @Put('departments/:departmentId/members')
  @TenantMember()
  @Returns(departmentMembersOutputSchema, { operationId: 'setDepartmentMembers', summary: 'Replace who belongs to a department' })
  setDepartmentMembers(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('departmentId') departmentId: string,
    @ValidBody(setDepartmentMembersSchema) input: SetDepartmentMembersInput,
  ) {
    return this.legacy.setDepartmentMembers({ caller: signedIn({ caller }), tenantId, departmentId, input });
  }

  @Get('legacy/users')
  @RequirePermission('userManagement')
  @Returns(legacyUsersOutputSchema, { operationId: 'listLegacyUsers', summary: 'List users of a legacy tenant (Manage Users)' })
  users(@Param('tenantId') tenantId: string, @ValidQuery(listLegacyUsersSchema) query: ListLegacyUsersInput) {
    return this.legacy.users({ tenantId, ...query });
  }

  @Post('legacy/users')
  @RequirePermission('userManagement')
  @Returns(legacyInviteOutputSchema, { operationId: 'inviteLegacyUser', summary: 'Invite a user with a legacy role' })
  invite(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(legacyInviteSchema) input: LegacyInviteInput) {
    return this.legacy.invite({ caller: signedIn({ caller }), tenantId, input });
  }

  @Put('legacy/users/:userId/role')
  @RequirePermission('userManagement')
  @Returns(legacyChangeRoleOutputSchema, { operationId: 'changeLegacyRole', summary: 'Change the legacy role of a user' })
  changeRole(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('userId') userId: string,
    @ValidBody(legacyChangeRoleSchema) input: LegacyChangeRoleInput,
  ) {
    return this.legacy.changeRole({ caller: signedIn({ caller }), tenantId, userId, input });
  }

  @Delete('legacy/users/:userId')
  @RequirePermission('userManagement')
  @Returns(legacyRemoveOutputSchema, { operationId: 'removeLegacyUser', summary: 'Remove a user from a legacy tenant' })
  remove(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('userId') userId: string) {
    return this.legacy.remove({ caller: signedIn({ caller }), tenantId, userId });
  }

  @Post('legacy-migration')
  @HttpCode(200)
  @RequirePermission('userManagement')
  @Returns(legacyMigrationOutputSchema, { operationId: 'migrateLegacyTenant', summary: 'Dry-run or apply the migration to the current model' })
  migrate(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidQuery(legacyMigrationQuerySchema) query: LegacyMigrationQuery) {
    return this.legacy.migrate({ caller: signedIn({ caller }), tenantId, dryRun: query.dryRun === 'true', expectedReport: query.expectedReport });
  }
}
