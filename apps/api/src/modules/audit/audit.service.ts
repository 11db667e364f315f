import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';
import type { ListAuditEventsInput } from './schemas/list-audit-events.schema.js';

/** R24: who, what, when, before and after; newest first. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async list({ tenantId, cursor, limit }: { tenantId: string } & ListAuditEventsInput) {
    const page = await this.audit.list({ tenantId, cursor, limit });
    return {
      // Snapshots are stored as JSON objects; the contract declares them as such.
      items: page.items.map(({ seq, at, actor, action, target, before, after }) => ({
        id: String(seq),
        at,
        actor,
        action,
        target,
        before: before as Record<string, unknown> | null,
        after: after as Record<string, unknown> | null,
      })),
      nextCursor: page.nextCursor,
    };
  }
}
