import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loading a tenant reads every column of its project grants but `granted_at`: an index holding
 * them after the tenant lets SQLite answer from the index alone. The principal comes next so the
 * rows arrive grouped by holder, the order compiling the tenant is fastest in (grouped by
 * project it took about 0.3 s longer for a million memberships). It starts with the tenant, so
 * the tenant-only index it replaces is redundant.
 */
const UP = [
  'CREATE INDEX "idx_project_grants_tenant_principal" ON "project_grants" ("tenant_id", "principal_id", "kind", "project_id", "role")',
  'DROP INDEX "idx_project_grants_tenant"',
];

const DOWN = ['CREATE INDEX "idx_project_grants_tenant" ON "project_grants" ("tenant_id")', 'DROP INDEX "idx_project_grants_tenant_principal"'];

export class ProjectGrantsCoveringIndex1795603807809 implements MigrationInterface {
  name = 'ProjectGrantsCoveringIndex1795603807809';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of UP) await queryRunner.query(query);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const query of DOWN) await queryRunner.query(query);
  }
}
