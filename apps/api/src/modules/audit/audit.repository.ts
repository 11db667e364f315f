import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, pageOf, type Page } from '../../common/paging/cursor.js';
import { containsPattern } from '../../database/contains-pattern.js';
import { NAMED_ACTOR_KINDS, NAMED_THINGS } from './audit-named-things.js';
import type { AuditTenant } from './audit-names.repository.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import type { AuditFilters } from './schemas/audit-filters.schema.js';
import { AUDIT_KEY } from './schemas/list-audit-events.schema.js';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset on the event sequence: a filter narrows the rows, the cursor still says where the last page ended. */
  async list({
    tenant,
    cursor,
    limit,
    filters,
  }: {
    tenant: AuditTenant;
    cursor?: string;
    limit: number;
    filters: AuditFilters;
  }): Promise<Page<AuditEventEntity>> {
    const after = decodeCursor({ cursor, key: AUDIT_KEY });
    const query = this.filtered({ tenant, filters })
      .orderBy('event.seq', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('event.seq < :seq', { seq: after[0] });
    return pageOf({ rows: await query.getMany(), limit, keyOf: (event) => [event.seq] });
  }

  private filtered({ tenant, filters }: { tenant: AuditTenant; filters: AuditFilters }): SelectQueryBuilder<AuditEventEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'event')
      .where('event.tenant_id = :tenantId', { tenantId: tenant.id, organizationId: tenant.organizationId });
    if (filters.action) query.andWhere('event.action = :action', { action: filters.action });
    // Times are stored as ISO strings in UTC with milliseconds, so text order is time order.
    if (filters.from) query.andWhere('event.at >= :from', { from: filters.from });
    if (filters.to) query.andWhere('event.at <= :to', { to: filters.to });
    if (filters.actor) {
      const actor = (field: string) => this.jsonField({ column: 'event."actor"', field });
      const namedActors = NAMED_ACTOR_KINDS.map(
        (kind) => `(${actor('kind')} = '${kind}' AND ${actor('id')} IN (${this.namedLike({ kind, select: 'id', pattern: 'actorPattern' })}))`,
      );
      query.andWhere(`(LOWER(${actor('email')}) LIKE :actorPattern ESCAPE '\\' OR ${actor('id')} = :actorText OR ${namedActors.join(' OR ')})`, {
        actorPattern: containsPattern(filters.actor),
        actorText: filters.actor,
      });
    }
    if (filters.target) {
      const named = Object.keys(NAMED_THINGS).map((kind) => `event.target IN (${this.namedLike({ kind, select: 'reference', pattern: 'targetPattern' })})`);
      // A change to a project's members touches the project too: it is found by the project's name.
      const inProject = ['event."before"', 'event."after"'].map(
        (column) => `${this.jsonField({ column, field: 'projectId' })} IN (${this.namedLike({ kind: 'project', select: 'id', pattern: 'targetPattern' })})`,
      );
      query.andWhere(`(LOWER(event.target) LIKE :targetPattern ESCAPE '\\' OR ${[...named, ...inProject].join(' OR ')})`, {
        targetPattern: containsPattern(filters.target),
      });
    }
    return query;
  }

  /** A text field of a stored JSON object (the actor, a snapshot): each database reads JSON its own way. */
  private jsonField({ column, field }: { column: string; field: string }): string {
    return this.dataSource.options.type === 'postgres' ? `(${column}::json ->> '${field}')` : `json_extract(${column}, '$.${field}')`;
  }

  /** The ids (or references) of one kind of named thing of the tenant whose name contains the pattern. */
  private namedLike({ kind, select, pattern }: { kind: string; select: 'id' | 'reference'; pattern: string }): string {
    const thing = NAMED_THINGS[kind]!;
    const metadata = this.dataSource.getMetadata(thing.entity);
    const column = (property: string) => `thing."${metadata.findColumnWithPropertyName(property)!.databaseName}"`;
    const scope = thing.scope === 'tenant' ? `${column('tenantId')} = :tenantId` : `${column('organizationId')} = :organizationId`;
    const selected = select === 'id' ? column('id') : `'${kind}:' || ${column('id')}`;
    return `SELECT ${selected} FROM "${metadata.tableName}" thing WHERE ${scope} AND LOWER(${column(thing.name)}) LIKE :${pattern} ESCAPE '\\'`;
  }
}
