import { pipeline, Readable } from 'node:stream';
import { Controller, Get, Logger, Param, StreamableFile } from '@nestjs/common';
import { RequirePermission } from '../../auth/access.decorator.js';
import { TENANT } from '../../common/http/paths.js';
import { ValidQuery } from '../../common/validation/valid-input.decorator.js';
import { AuditService } from './audit.service.js';
import { auditCsvStringifier } from './audit-csv.js';
import { listAuditEventsSchema, type ListAuditEventsInput } from './schemas/list-audit-events.schema.js';
import { exportAuditEventsSchema, type ExportAuditEventsInput } from './schemas/export-audit-events.schema.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { auditCsvSchema, auditPageOutputSchema } from './schemas/audit.output.js';

@Controller(`${TENANT}/audit-events`)
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('userManagement')
  @Returns(auditPageOutputSchema, { operationId: 'listAuditEvents', summary: 'List audit events, newest first, optionally filtered' })
  list(@Param('tenantId') tenantId: string, @ValidQuery(listAuditEventsSchema) query: ListAuditEventsInput) {
    return this.audit.list({ tenantId, ...query });
  }

  /** R24: the same permission and filters as the list; every matching event, streamed as CSV. */
  @Get('export')
  @RequirePermission('userManagement')
  @Returns(auditCsvSchema, {
    operationId: 'exportAuditEvents',
    summary: 'Export the audit events the filters match as CSV, newest first',
    contentType: 'text/csv',
  })
  async export(@Param('tenantId') tenantId: string, @ValidQuery(exportAuditEventsSchema) query: ExportAuditEventsInput): Promise<StreamableFile> {
    const records = await this.audit.csvRecords({ tenantId, ...query });
    const csv = auditCsvStringifier();
    // A failure once the download has begun can only cut it short: the stream ends with an error and the log says why.
    pipeline(Readable.from(records), csv, (error) => error && this.logger.error(`Audit export of tenant ${tenantId} ended early: ${error.message}`));
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="audit-events.csv"' });
  }
}
