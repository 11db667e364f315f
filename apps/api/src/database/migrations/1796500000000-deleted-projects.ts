import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * Issue 17: projects can be deleted. The row stays, marked deleted, as a deleted API key's does:
 * the audit log still names the project, and its id is never reused. Loading a tenant reads only
 * the projects that are not deleted.
 */
export class DeletedProjects1796500000000 implements MigrationInterface {
  name = 'DeletedProjects1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "projects" ADD "deleted_at" character varying(40)'],
      sqlite: ['ALTER TABLE "projects" ADD COLUMN "deleted_at" varchar(40)'],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "projects" DROP COLUMN "deleted_at"'],
      sqlite: ['ALTER TABLE "projects" DROP COLUMN "deleted_at"'],
    });
  }
}
