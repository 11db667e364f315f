import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loading a tenant reads its project grants grouped by (project, role, kind), each group's
 * holders aggregated: an index in that order lets both databases walk it without a sort or a
 * table lookup. The holder-first index stays for a principal's own grants (removing a member).
 */
const UP = ['CREATE INDEX "idx_project_grants_tenant_project" ON "project_grants" ("tenant_id", "project_id", "role", "kind", "principal_id")'];

const DOWN = ['DROP INDEX "idx_project_grants_tenant_project"'];

export class ProjectGrantsByProjectIndex1795800000000 implements MigrationInterface {
  name = 'ProjectGrantsByProjectIndex1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of UP) await queryRunner.query(query);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const query of DOWN) await queryRunner.query(query);
  }
}
