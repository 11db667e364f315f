import { Controller, Get, Param } from '@nestjs/common';
import { RequirePermission } from '../../auth/access.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { AuditService } from './audit.service.js';
import { listAuditEventsSchema, type ListAuditEventsInput } from './schemas/list-audit-events.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { auditPageOutputSchema } from './schemas/audit.output.js';

@Controller(`${TENANT}/audit-events`)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('userManagement')
  @Returns(auditPageOutputSchema, { operationId: 'listAuditEvents', summary: 'List audit events, newest first' })
  list(@Param('tenantId') tenantId: string, @ValidQuery(listAuditEventsSchema) query: ListAuditEventsInput) {
    return this.audit.list({ tenantId, ...query });
  }
}
