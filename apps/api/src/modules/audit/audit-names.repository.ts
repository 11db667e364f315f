import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { splitReference } from '@loome/roles-core';
import { DataSource, In, type ObjectLiteral } from 'typeorm';
import { OrganizationEntity } from '../organizations/entities/organization.entity.js';
import { TenantEntity } from '../tenants/entities/tenant.entity.js';
import { NAMED_THINGS } from './audit-named-things.js';

export type AuditTenant = Pick<TenantEntity, 'id' | 'name' | 'productId' | 'organizationId'>;

/** R24: the names of what audit events refer to, read where each is kept, as they are now. */
@Injectable()
export class AuditNamesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  tenant({ tenantId }: { tenantId: string }): Promise<AuditTenant | null> {
    return this.dataSource.manager.findOne(TenantEntity, { select: { id: true, name: true, productId: true, organizationId: true }, where: { id: tenantId } });
  }

  /** Name by reference, for the references given that name something this tenant knows. */
  async namesOf({ tenant, references }: { tenant: AuditTenant; references: Iterable<string> }): Promise<Map<string, string>> {
    const idsByKind = new Map<string, Set<string>>();
    for (const reference of references) {
      const { kind, id } = splitReference(reference);
      if (!idsByKind.has(kind)) idsByKind.set(kind, new Set());
      idsByKind.get(kind)!.add(id);
    }
    const names = new Map<string, string>();
    if (idsByKind.get('tenant')?.has(tenant.id)) names.set(`tenant:${tenant.id}`, tenant.name);
    if (idsByKind.get('organization')?.has(tenant.organizationId)) {
      const organization = await this.dataSource.manager.findOne(OrganizationEntity, {
        select: { id: true, name: true },
        where: { id: tenant.organizationId },
      });
      if (organization) names.set(`organization:${organization.id}`, organization.name);
    }
    // One query a kind, one after another: a page names a few dozen things at most.
    for (const [kind, ids] of idsByKind) {
      const thing = NAMED_THINGS[kind];
      if (!thing) continue;
      const scope = thing.scope === 'tenant' ? { tenantId: tenant.id } : { organizationId: tenant.organizationId };
      const rows: ObjectLiteral[] = await this.dataSource.manager.find<ObjectLiteral>(thing.entity, {
        select: { id: true, [thing.name]: true },
        where: { ...scope, id: In([...ids]) },
      });
      for (const row of rows) names.set(`${kind}:${String(row.id)}`, String(row[thing.name]));
    }
    return names;
  }
}
