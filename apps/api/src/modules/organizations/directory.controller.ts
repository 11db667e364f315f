import { Controller, Get, Param } from '@nestjs/common';
import { RequirePermission } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { DirectoryService } from './directory.service.js';
import { directorySearchSchema, type DirectorySearchInput } from './schemas/directory-search.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { directoryGroupsOutputSchema, directoryUsersOutputSchema, groupMembersOutputSchema } from './schemas/organizations.output.js';

@Controller(`${TENANT}/directory`)
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('users')
  @RequirePermission('userManagement')
  @Returns(directoryUsersOutputSchema, { operationId: 'searchDirectoryUsers', summary: 'Search the directory for users' })
  searchUsers(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidQuery(directorySearchSchema) query: DirectorySearchInput) {
    return this.directory.searchUsers({ caller: signedIn({ caller }), tenantId, q: query.q });
  }

  @Get('groups')
  @RequirePermission('userManagement')
  @Returns(directoryGroupsOutputSchema, { operationId: 'searchDirectoryGroups', summary: 'Search the directory for groups' })
  searchGroups(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidQuery(directorySearchSchema) query: DirectorySearchInput) {
    return this.directory.searchGroups({ caller: signedIn({ caller }), tenantId, q: query.q });
  }

  @Get('groups/:groupId/members')
  @RequirePermission('userManagement')
  @Returns(groupMembersOutputSchema, { operationId: 'listDirectoryGroupMembers', summary: 'List the members of a directory group' })
  groupMembers(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('groupId') groupId: string) {
    return this.directory.groupMembers({ caller: signedIn({ caller }), tenantId, groupId });
  }
}
