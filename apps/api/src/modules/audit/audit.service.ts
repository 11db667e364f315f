import { Injectable } from '@nestjs/common';
import { getProduct, type AnyProduct } from '@loome/roles-core';
import { notFound } from '../../common/errors/problem.error.js';
import type { Page } from '../../common/paging/cursor.js';
import { AUDIT_CSV_HEADER, auditCsvRecord } from './audit-csv.js';
import { AuditNamesRepository, type AuditTenant } from './audit-names.repository.js';
import { referencesOf } from './audit-references.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditEventEntity } from './entities/audit-event.entity.js';
import type { AuditFilters } from './schemas/audit-filters.schema.js';
import type { ListAuditEventsInput } from './schemas/list-audit-events.schema.js';

/** Events an export reads at a time: a long log streams out without sitting in memory. */
const EXPORT_PAGE = 500;

/** R24: who, what, when, before and after; newest first, narrowed on the server. */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly names: AuditNamesRepository,
  ) {}

  async list({ tenantId, cursor, limit, ...filters }: { tenantId: string } & ListAuditEventsInput) {
    const tenant = await this.tenantOf({ tenantId });
    const page = await this.audit.list({ tenant, cursor, limit, filters });
    return { items: await this.named({ tenant, events: page.items }), nextCursor: page.nextCursor };
  }

  /**
   * Every event the filters match as CSV records, header first, read a page at a time. The first
   * page is read before this answers, so a refusal (no such tenant, an overloaded database) is
   * still a problem answer rather than a broken download.
   */
  async csvRecords({ tenantId, ...filters }: { tenantId: string } & AuditFilters): Promise<AsyncIterable<string[]>> {
    const tenant = await this.tenantOf({ tenantId });
    const product = getProduct(tenant.productId);
    if (!product) throw notFound('Tenant');
    const first = await this.audit.list({ tenant, limit: EXPORT_PAGE, filters });
    return this.recordsFrom({ tenant, product, filters, first });
  }

  private async *recordsFrom({
    tenant,
    product,
    filters,
    first,
  }: {
    tenant: AuditTenant;
    product: AnyProduct;
    filters: AuditFilters;
    first: Page<AuditEventEntity>;
  }): AsyncGenerator<string[]> {
    yield AUDIT_CSV_HEADER;
    for (let page = first; ;) {
      for (const event of await this.named({ tenant, events: page.items })) yield auditCsvRecord({ product, event });
      if (!page.nextCursor) return;
      page = await this.audit.list({ tenant, cursor: page.nextCursor, limit: EXPORT_PAGE, filters });
    }
  }

  private async tenantOf({ tenantId }: { tenantId: string }): Promise<AuditTenant> {
    const tenant = await this.names.tenant({ tenantId });
    if (!tenant) throw notFound('Tenant');
    return tenant;
  }

  /** The contract's fields, and the names of what each event refers to. */
  private async named({ tenant, events }: { tenant: AuditTenant; events: AuditEventEntity[] }) {
    const names = await this.names.namesOf({ tenant, references: events.flatMap(referencesOf) });
    return events.map((event) => ({
      id: String(event.seq),
      at: event.at,
      actor: event.actor,
      action: event.action,
      target: event.target,
      // Snapshots are stored as JSON objects; the contract declares them as such.
      before: event.before as Record<string, unknown> | null,
      after: event.after as Record<string, unknown> | null,
      names: Object.fromEntries(referencesOf(event).flatMap((reference) => (names.has(reference) ? [[reference, names.get(reference)!]] : []))),
    }));
  }
}
