import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/problem.error.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import { OrganizationsRepository } from './organizations.repository.js';
import type { CreateOrganizationInput } from './schemas/create-organization.schema.js';
import type { ReplaceDirectoryInput } from './schemas/replace-directory.schema.js';

/** Platform operations on organizations (the customers' directories). */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly transactions: TransactionRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly contexts: TenantContextService,
  ) {}

  create({ input }: { input: CreateOrganizationInput }) {
    return this.transactions.runWrite({ work: (tx) => this.organizations.create({ tx, input }) });
  }

  async replaceDirectory({ organizationId, input }: { organizationId: string; input: ReplaceDirectoryInput }) {
    const counts = await this.transactions.runWrite({
      work: async (tx) => {
        if (!(await this.organizations.find({ organizationId, tx }))) throw notFound('Organization');
        return this.organizations.replaceDirectory({ tx, organizationId, input });
      },
    });
    // Group membership is read live (R7): every tenant of the organization must recompile.
    this.contexts.invalidateAll();
    return { organizationId, ...counts };
  }
}
