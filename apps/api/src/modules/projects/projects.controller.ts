import { Controller, Delete, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { ExactPathGuard } from '../../common/http/exact-path.guard.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { ProjectsService } from './projects.service.js';
import {
  addProjectMembersSchema,
  createProjectSchema,
  listProjectMembersSchema,
  removeProjectMemberQuerySchema,
  renameProjectSchema,
  type AddProjectMembersInput,
  type CreateProjectInput,
  type ListProjectMembersQuery,
  type RemoveProjectMemberQuery,
  type RenameProjectInput,
} from './schemas/project.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import {
  addedProjectMembersOutputSchema,
  createdProjectOutputSchema,
  deletedProjectOutputSchema,
  projectListOutputSchema,
  projectMembersOutputSchema,
  removedProjectMemberOutputSchema,
  renamedProjectOutputSchema,
} from './schemas/projects.output.js';

/** Who may create projects or manage their members is the core's decision (R16), so routes ask membership. */
@Controller(`${TENANT}/projects`)
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @TenantMember()
  @Returns(createdProjectOutputSchema, { operationId: 'createProject', summary: 'Create a project (the creator becomes its owner)' })
  create(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @ValidBody(createProjectSchema) input: CreateProjectInput) {
    return this.projects.create({ caller: signedIn({ caller }), tenantId, input });
  }

  @Get()
  @TenantMember()
  @Returns(projectListOutputSchema, { operationId: 'listProjects', summary: 'List projects' })
  list(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string) {
    return this.projects.list({ caller: signedIn({ caller }), tenantId });
  }

  @Patch(':projectId')
  @TenantMember()
  @UseGuards(ExactPathGuard)
  @Returns(renamedProjectOutputSchema, { operationId: 'renameProject', summary: 'Rename a project (names are unique in the tenant, whatever their case)' })
  rename(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidBody(renameProjectSchema) input: RenameProjectInput,
  ) {
    return this.projects.rename({ caller: signedIn({ caller }), tenantId, projectId, input });
  }

  @Delete(':projectId')
  @TenantMember()
  @UseGuards(ExactPathGuard)
  @Returns(deletedProjectOutputSchema, {
    operationId: 'deleteProject',
    summary: 'Delete a project with every project role given on it (and, in Monitor, its records and communication rules)',
  })
  delete(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('projectId') projectId: string) {
    return this.projects.delete({ caller: signedIn({ caller }), tenantId, projectId });
  }

  @Get(':projectId/members')
  @TenantMember()
  @Returns(projectMembersOutputSchema, { operationId: 'listProjectMembers', summary: 'List the members of a project, by role' })
  members(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidQuery(listProjectMembersSchema) query: ListProjectMembersQuery,
  ) {
    return this.projects.members({ caller: signedIn({ caller }), tenantId, projectId, query });
  }

  @Post(':projectId/members')
  @TenantMember()
  @Returns(addedProjectMembersOutputSchema, { operationId: 'addProjectMembers', summary: 'Add members to a project role' })
  addMembers(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidBody(addProjectMembersSchema) body: AddProjectMembersInput,
  ) {
    return this.projects.addMembers({ caller: signedIn({ caller }), tenantId, projectId, body });
  }

  @Delete(':projectId/members/:principalId')
  @TenantMember()
  @Returns(removedProjectMemberOutputSchema, { operationId: 'removeProjectMember', summary: 'Remove a member from a project' })
  removeMember(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @Param('principalId') principalId: string,
    @ValidQuery(removeProjectMemberQuerySchema) query: RemoveProjectMemberQuery,
  ) {
    return this.projects.removeMember({ caller: signedIn({ caller }), tenantId, projectId, principalId, role: query.role });
  }
}
