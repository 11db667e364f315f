import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { RequirePermission, TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { RolesService } from './roles.service.js';
import { listMembersSchema, type ListMembersInput } from './schemas/list-members.schema.js';
import { addMembersSchema, type AddMembersInput } from './schemas/members-body.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { addedMembersOutputSchema, removedMemberOutputSchema, roleListOutputSchema, roleMembersOutputSchema } from './schemas/roles.output.js';

@Controller(`${TENANT}/roles`)
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @TenantMember()
  @Returns(roleListOutputSchema, { operationId: 'listRoles', summary: 'List application roles with their first members' })
  list(@Param('tenantId') tenantId: string) {
    return this.roles.listRoles({ tenantId });
  }

  @Get(':roleId/members')
  @TenantMember()
  @Returns(roleMembersOutputSchema, { operationId: 'listRoleMembers', summary: 'List the members of an application role' })
  members(@Param('tenantId') tenantId: string, @Param('roleId') roleId: string, @ValidQuery(listMembersSchema) query: ListMembersInput) {
    return this.roles.listMembers({ tenantId, roleId, ...query });
  }

  @Post(':roleId/members')
  @RequirePermission('userManagement')
  @Returns(addedMembersOutputSchema, { operationId: 'addRoleMembers', summary: 'Add users, groups or API keys to an application role' })
  addMembers(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('roleId') roleId: string,
    @ValidBody(addMembersSchema) body: AddMembersInput,
  ) {
    return this.roles.addMembers({ caller: signedIn({ caller }), tenantId, roleId, body });
  }

  @Delete(':roleId/members/:principalId')
  @RequirePermission('userManagement')
  @Returns(removedMemberOutputSchema, { operationId: 'removeRoleMember', summary: 'Remove a member from an application role' })
  removeMember(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('roleId') roleId: string,
    @Param('principalId') principalId: string,
  ) {
    return this.roles.removeMember({ caller: signedIn({ caller }), tenantId, roleId, principalId });
  }
}
