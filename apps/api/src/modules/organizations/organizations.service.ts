import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/problem.error.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { TenantContextService } from '../tenants/tenant-context.service.js';
import { DirectoryChangeRecorder, type DirectoryAudit } from './directory-change-recorder.js';
import { directoryChanges } from './directory-changes.js';
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
    private readonly recorder: DirectoryChangeRecorder,
  ) {}

  create({ input }: { input: CreateOrganizationInput }) {
    return this.transactions.runWrite({ work: (tx) => this.organizations.create({ tx, input }) });
  }

  /**
   * R7: the tenants of the organization take the groups and people that changed, as one recorded
   * change each, in the directory's transaction; other organizations' tenants are untouched.
   */
  async replaceDirectory({ organizationId, input }: { organizationId: string; input: ReplaceDirectoryInput }) {
    const { counts, recorded } = await this.transactions.runWrite({
      work: async (tx) => {
        if (!(await this.organizations.find({ organizationId, tx }))) throw notFound('Organization');
        const tenants = await this.recorder.lockTenants({ tx, organizationId });
        const before = await this.organizations.snapshot({ tx, organizationId });
        const counts = await this.organizations.replaceDirectory({ tx, organizationId, input });
        const delta = directoryChanges({ before, after: await this.organizations.snapshot({ tx, organizationId }) });
        const audit: DirectoryAudit = {
          actor: { kind: 'platform', id: 'platform' },
          action: 'directory.replaced',
          target: `organization:${organizationId}`,
          after: counts,
        };
        return { counts, recorded: await this.recorder.record({ tx, organizationId, tenants, delta, audit }) };
      },
    });
    for (const change of recorded) this.contexts.committedChange(change);
    return { organizationId, ...counts };
  }
}
