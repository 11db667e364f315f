import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runDialectQueries } from './dialect-queries.js';

/**
 * Versioned tenants: every committed change bumps `tenants.version` and records what it did in
 * `tenant_changes` under the new number, in the same transaction, so any API process can tell how
 * far behind it is and catch up without loading the tenant again.
 */
export class TenantVersions1796000000000 implements MigrationInterface {
  name = 'TenantVersions1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: [
        'CREATE TABLE "tenant_changes" ("tenant_id" character varying(64) NOT NULL, "version" integer NOT NULL, "change" text NOT NULL, "at" character varying(40) NOT NULL, CONSTRAINT "PK_0d50f8b3a2c697c4a448f025194" PRIMARY KEY ("tenant_id", "version"))',
        'ALTER TABLE "tenants" ADD "version" integer NOT NULL DEFAULT \'0\'',
      ],
      sqlite: [
        'CREATE TABLE "tenant_changes" ("tenant_id" varchar(64) NOT NULL, "version" integer NOT NULL, "change" text NOT NULL, "at" varchar(40) NOT NULL, PRIMARY KEY ("tenant_id", "version"))',
        'ALTER TABLE "tenants" ADD COLUMN "version" integer NOT NULL DEFAULT (0)',
      ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runDialectQueries({
      queryRunner,
      postgres: ['ALTER TABLE "tenants" DROP COLUMN "version"', 'DROP TABLE "tenant_changes"'],
      sqlite: ['ALTER TABLE "tenants" DROP COLUMN "version"', 'DROP TABLE "tenant_changes"'],
    });
  }
}
