import { Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { RequirePermission, TenantMember } from '../../auth/access.decorator.js';
import type { Caller } from '../../auth/caller.js';
import { CurrentCaller, signedIn } from '../../auth/current-caller.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidBody, ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { ReferencesService } from './references.service.js';
import { listReferencesSchema, type ListReferencesInput } from './schemas/list-references.schema.js';
import {
  assignRecordSchema,
  createCommunicationRuleSchema,
  createRecordSchema,
  type AssignRecordInput,
  type CreateCommunicationRuleInput,
  type CreateRecordInput,
} from './schemas/references.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import {
  assignedRecordOutputSchema,
  createdRecordOutputSchema,
  createdRuleOutputSchema,
  deletedRuleOutputSchema,
  limitedMembersOutputSchema,
  recordPageOutputSchema,
  rulePageOutputSchema,
} from './schemas/references.output.js';

/** Who may write references is the core's decision (Contract: project.rules.manage or rules.create). */
@Controller(TENANT)
export class ReferencesController {
  constructor(private readonly references: ReferencesService) {}

  /** Readers are decided by the service (R17, R19): writers see all, others their own records. */
  @Get('projects/:projectId/records')
  @TenantMember()
  @Returns(recordPageOutputSchema, { operationId: 'listRecords', summary: 'List the records of a project' })
  listRecords(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidQuery(listReferencesSchema) paging: ListReferencesInput,
  ) {
    return this.references.listRecords({ caller: signedIn({ caller }), tenantId, projectId, paging });
  }

  @Post('projects/:projectId/records')
  @TenantMember()
  @Returns(createdRecordOutputSchema, { operationId: 'createRecord', summary: 'Create a record' })
  createRecord(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidBody(createRecordSchema) input: CreateRecordInput,
  ) {
    return this.references.createRecord({ caller: signedIn({ caller }), tenantId, projectId, input });
  }

  @Put('projects/:projectId/records/:recordId/assignee')
  @TenantMember()
  @Returns(assignedRecordOutputSchema, { operationId: 'assignRecord', summary: 'Assign a record to a user' })
  assignRecord(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @Param('recordId') recordId: string,
    @ValidBody(assignRecordSchema) input: AssignRecordInput,
  ) {
    return this.references.assignRecord({ caller: signedIn({ caller }), tenantId, projectId, recordId, input });
  }

  @Get('projects/:projectId/communication-rules')
  @TenantMember()
  @Returns(rulePageOutputSchema, { operationId: 'listCommunicationRules', summary: 'List the communication rules of a project' })
  listRules(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidQuery(listReferencesSchema) paging: ListReferencesInput,
  ) {
    return this.references.listRules({ caller: signedIn({ caller }), tenantId, projectId, paging });
  }

  @Post('projects/:projectId/communication-rules')
  @TenantMember()
  @Returns(createdRuleOutputSchema, { operationId: 'createCommunicationRule', summary: 'Create a communication rule' })
  createRule(
    @CurrentCaller() caller: Caller,
    @Param('tenantId') tenantId: string,
    @Param('projectId') projectId: string,
    @ValidBody(createCommunicationRuleSchema) input: CreateCommunicationRuleInput,
  ) {
    return this.references.createRule({ caller: signedIn({ caller }), tenantId, projectId, input });
  }

  @Delete('projects/:projectId/communication-rules/:ruleId')
  @TenantMember()
  @Returns(deletedRuleOutputSchema, { operationId: 'deleteCommunicationRule', summary: 'Delete a communication rule' })
  deleteRule(@CurrentCaller() caller: Caller, @Param('tenantId') tenantId: string, @Param('projectId') projectId: string, @Param('ruleId') ruleId: string) {
    return this.references.deleteRule({ caller: signedIn({ caller }), tenantId, projectId, ruleId });
  }

  @Get('limited-members')
  @RequirePermission('userManagement')
  @Returns(limitedMembersOutputSchema, { operationId: 'listLimitedMembers', summary: 'List Limited Members with the records and rules that keep them' })
  limitedMembers(@Param('tenantId') tenantId: string) {
    return this.references.limitedMembers({ tenantId });
  }
}
