import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, pageOf, type Page } from '../../common/paging/cursor.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import { AUDIT_KEY } from './schemas/list-audit-events.schema.js';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset on the event sequence. */
  async list({ tenantId, cursor, limit }: { tenantId: string; cursor?: string; limit: number }): Promise<Page<AuditEventEntity>> {
    const after = decodeCursor({ cursor, key: AUDIT_KEY });
    const query = this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'event')
      .where('event.tenant_id = :tenantId', { tenantId })
      .orderBy('event.seq', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('event.seq < :seq', { seq: after[0] });
    return pageOf({ rows: await query.getMany(), limit, keyOf: (event) => [event.seq] });
  }
}
